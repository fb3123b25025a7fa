// content/ is the territory this copy of the repository publishes: Lens-Liévin here, another EPCI in a territory's own
// copy. The tests that check Lens-Liévin's figures read tests/fixtures/lens-lievin/ instead, so that a territory's copy
// passes them too; while content/ is Lens-Liévin's, the two must stay the same files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { validerContenu } from '../../../src/lib/content/valider.ts';
import { formaterProbleme } from '../../../src/lib/content/probleme.ts';

const RACINE = resolve(import.meta.dirname, '../../..');
const CONTENU = join(RACINE, 'content');
const COPIE = join(RACINE, 'tests/fixtures/lens-lievin');
const SIREN_LENS_LIEVIN = '246200364';

/** Every file under `dossier`, "/"-separated and sorted, with its text. */
function fichiers(dossier: string): Map<string, string> {
  const noms = readdirSync(dossier, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  return new Map(noms.map((f) => [f.slice(dossier.length + 1).split('\\').join('/'), readFileSync(f, 'utf8')] as const).sort(([a], [b]) => a.localeCompare(b)));
}

test('content/ est valide, quel que soit le territoire publié', () => {
  const { problemes } = validerContenu(CONTENU, RACINE);
  assert.deepEqual(problemes.map(formaterProbleme), []);
});

test('tant que content/ est Lens-Liévin, tests/fixtures/lens-lievin/ en est la copie exacte', () => {
  const copie = fichiers(COPIE);
  assert.equal((parse(copie.get('territoire.yaml')!) as { epci: string }).epci, SIREN_LENS_LIEVIN, 'la copie doit rester celle de Lens-Liévin');
  const epci = (parse(readFileSync(join(CONTENU, 'territoire.yaml'), 'utf8')) as { epci?: unknown }).epci;
  if (epci !== SIREN_LENS_LIEVIN) return; // another territory's copy: its content/ is its own
  const contenu = fichiers(CONTENU);
  assert.deepEqual([...contenu.keys()], [...copie.keys()], 'les mêmes fichiers dans content/ et tests/fixtures/lens-lievin/');
  const differents = [...contenu].filter(([f, texte]) => copie.get(f) !== texte).map(([f]) => f);
  assert.deepEqual(differents, [], 'recopiez content/ dans tests/fixtures/lens-lievin/ (cp -r content/. tests/fixtures/lens-lievin/)');
});
