import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vocabulaire } from '../../../src/lib/recherche/vocabulaire.ts';
import { modele } from './modele-exemple.ts';

const mots = vocabulaire(modele);

test('le vocabulaire a les noms des quartiers, des communes, des équipements et des rues, une fois chacun', () => {
  for (const m of ['Résidence', 'Calonne', 'Salengro', 'Liévin', 'Lens', 'Fontaine', 'Vilar', 'Schuman', 'Municipale']) assert.ok(mots.includes(m), m);
  assert.equal(new Set(mots.map((m) => m.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())).size, mots.length);
  assert.ok(!mots.some((m) => /^\d+$/.test(m) || m.length < 3), 'ni nombres ni mots de moins de 3 lettres');
});

test('un mot du diagnostic n’y entre que s’il revient (les autres sont surtout des erreurs de lecture)', () => {
  assert.ok(!mots.includes('fidèles'), 'mot lu une seule fois');
  assert.ok(mots.includes('quartier'), 'mot lu deux fois');
});
