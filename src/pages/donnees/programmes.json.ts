import { donnees } from '../../lib/site/donnees.ts';
import { LICENCE } from '../../lib/donnees/exports.ts';
import { libellesDocuments } from '../../lib/libelles.ts';

export function GET() {
  const m = donnees();
  const corps = {
    titre: "Programmes (NPNRU, GUSP, TFPB) des quartiers prioritaires de la Communauté d'Agglomération de Lens-Liévin",
    sources: [libellesDocuments['npnru-avenant-1'], libellesDocuments['charte-gusp'], libellesDocuments['tfpb-2023']],
    licence: LICENCE,
    genere_le: new Date().toISOString(),
    programmes: m.programmes,
  };
  return new Response(JSON.stringify(corps, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
