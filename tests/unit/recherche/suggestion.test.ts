import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distance } from 'fastest-levenshtein';
import { editionsPermises, motProche, requeteCorrigee, sansUnMot } from '../../../src/lib/recherche/suggestion.ts';

const vocabulaire = ['lien', 'Marcel', 'Marceau', 'piscine', 'Liévin', 'collège', 'David', 'école', 'piscines'];

test('le mot le plus proche, sans accents ni capitales ; à distance égale celui qui commence pareil, puis le plus fréquent', () => {
  assert.equal(motProche('marcell', vocabulaire, distance), 'Marcel');
  assert.equal(motProche('piscinne', vocabulaire, distance), 'piscine');
  assert.equal(motProche('lievn', vocabulaire, distance), 'Liévin'); // « lien » is as near and more frequent
  assert.equal(motProche('piscin', vocabulaire, distance), 'piscine'); // before the less frequent « piscines »
  assert.equal(motProche('LIEVIN', vocabulaire, distance), 'Liévin');
  assert.equal(motProche('trampoline', vocabulaire, distance), undefined);
  assert.equal(motProche('eco', vocabulaire, distance), undefined); // too short to correct
  assert.deepEqual([3, 4, 7, 8].map(editionsPermises), [0, 1, 1, 2]);
});

test('la requête corrigée ne change que les mots introuvables, et rien sans correction possible', () => {
  assert.equal(requeteCorrigee('Collège David Marcell', ['marcell'], vocabulaire, distance), 'Collège David Marcel');
  assert.equal(requeteCorrigee('piscinne lievin', ['piscinne'], vocabulaire, distance), 'piscine lievin');
  assert.equal(requeteCorrigee('trampoline Liévin', ['trampoline'], vocabulaire, distance), undefined);
  assert.equal(requeteCorrigee('piscine', ['piscine'], vocabulaire, distance), undefined); // nothing to change
});

test('la requête privée d’un de ses mots, pour chacun, articles à part ; rien pour un seul mot ou plus de six', () => {
  assert.deepEqual(sansUnMot('terrain de foot Liévin'), ['foot Liévin', 'terrain Liévin', 'terrain foot']);
  assert.deepEqual(sansUnMot('piscine piscine'), ['piscine']);
  assert.deepEqual(sansUnMot('patinoire'), []);
  assert.deepEqual(sansUnMot('sept mots sont bien trop pour proposer'), []);
});
