// npm run schemas: rewrites the JSON Schemas of schemas/ from the Zod schemas (after a change under src/schemas/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOSSIER_SCHEMAS, schemasEditeur, texteSchemaEditeur, type SorteDeFichier } from '../src/lib/content/schemas-editeur.ts';

mkdirSync(DOSSIER_SCHEMAS, { recursive: true });
for (const sorte of Object.keys(schemasEditeur) as SorteDeFichier[]) {
  writeFileSync(join(DOSSIER_SCHEMAS, schemasEditeur[sorte].fichier), texteSchemaEditeur(sorte));
}
console.log(`${DOSSIER_SCHEMAS}/ : ${Object.values(schemasEditeur).map((s) => s.fichier).join(', ')} écrits.`);
