import { schemaQuartier } from '../../../lib/donnees/exports.ts';
import { fichiers } from '../../../lib/donnees/fichiers.ts';
import { lien, urlAbsolue } from '../../../lib/site/liens.ts';

export function GET() {
  const chemin = lien(fichiers.schema.chemin);
  return new Response(JSON.stringify(schemaQuartier(urlAbsolue(chemin) ?? chemin), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
}
