import { donnees } from '../../lib/site/donnees.ts';
import { LICENCE, quartierPublie } from '../../lib/donnees/exports.ts';

export function GET() {
  const m = donnees();
  const corps = {
    titre: "Fiches des quartiers prioritaires de la Communauté d'Agglomération de Lens-Liévin",
    source: "Contrat de Ville 2015-2020 de la Communauté d'Agglomération de Lens-Liévin",
    licence: LICENCE,
    genere_le: new Date().toISOString(),
    quartiers: m.quartiers.map(quartierPublie),
  };
  return new Response(JSON.stringify(corps, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
