// The committed JSON Schemas of schemas/ (read by editors through the starter's first line) are those the Zod schemas give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOSSIER_SCHEMAS, ligneSchema, schemasEditeur, texteSchemaEditeur, type SorteDeFichier } from '../../../src/lib/content/schemas-editeur.ts';

const RACINE = resolve(import.meta.dirname, '../../..');

for (const sorte of Object.keys(schemasEditeur) as SorteDeFichier[]) {
  test(`${DOSSIER_SCHEMAS}/${schemasEditeur[sorte].fichier} est à jour (sinon : npm run schemas)`, () => {
    assert.equal(readFileSync(join(RACINE, DOSSIER_SCHEMAS, schemasEditeur[sorte].fichier), 'utf8'), texteSchemaEditeur(sorte));
  });
}

test('la ligne du schéma pointe vers le fichier depuis le dossier du fichier écrit', () => {
  assert.equal(ligneSchema(RACINE, 'content/territoire.yaml', 'territoire'), '# yaml-language-server: $schema=../schemas/territoire.schema.json');
  assert.equal(ligneSchema(RACINE, 'content/quartiers/qn05901z.yaml', 'quartier'), '# yaml-language-server: $schema=../../schemas/quartier.schema.json');
  assert.equal(ligneSchema(RACINE, '../essai/quartiers/qn05901z.yaml', 'quartier'), `# yaml-language-server: $schema=../../${RACINE.split('/').at(-1)}/schemas/quartier.schema.json`);
});
