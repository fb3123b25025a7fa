import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distance } from 'fastest-levenshtein';
import { avecInversions, editionsPermises, enChiffres, motProche, motsJointsOuSepares, requeteCorrigee, sansUnMot } from '../../../src/lib/recherche/suggestion.ts';

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

test('deux lettres voisines inversées comptent pour une faute ; les nombres en lettres sont essayés en chiffres ; un nombre collé à son mot est séparé', () => {
  const d = avecInversions(distance);
  assert.equal(d('breibs', 'brebis'), 1);
  assert.equal(distance('breibs', 'brebis'), 2);
  assert.equal(d('brebsi', 'brebis'), 1);
  assert.equal(d('bribes', 'brebis'), distance('bribes', 'brebis')); // not two neighbours
  assert.equal(motProche('breibs', ['Brebis', 'brevet'], d), 'Brebis');
  assert.equal(enChiffres('trois cités Mazingarbe'), '3 cités Mazingarbe');
  assert.equal(enChiffres('Cité Douze Quatorze'), 'Cité 12 14');
  assert.equal(enChiffres('une cité'), undefined);
  assert.deepEqual(motsJointsOuSepares('cite2 lens', ['cite2'], ['cite', 'lens']), ['cite 2 lens']);
});
