// Every name of the territory comes from territoire.yaml: no file of src/ or scripts/ names Lens-Liévin, its
// intercommunalité's acronym or SIREN, so that another territory's site never shows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentions, NOMS_DU_TERRITOIRE } from './mentions.ts';

test('aucun fichier de src/ ni de scripts/ ne nomme le territoire : tout vient de territoire.yaml', () => {
  assert.deepEqual(mentions(['src', 'scripts']), []);
});

test('le contrôle trouve chaque forme du nom, mais pas un mot qui le contient', () => {
  for (const l of ['la CALL', 'Lens-Liévin', 'LIEVIN', 'quartiers-prioritaires-lens-lievin', 'SIREN "246200364"', 'Loison-sous-Lens']) assert.ok(NOMS_DU_TERRITOIRE.test(l), l);
  for (const l of ['a call to', 'Lensois', 'Valenciennes', '2462003640', 'CALLS']) assert.ok(!NOMS_DU_TERRITOIRE.test(l), l);
});
