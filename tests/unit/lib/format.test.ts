import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compte, euros, listeFrancaise, nombre, pourcent, slug } from '../../../src/lib/format.ts';

test('les nombres prennent une espace fine insécable entre les milliers', () => {
  assert.equal(nombre(56049), '56\u202f049');
  assert.equal(nombre(814), '814');
});

test('l’euro suit le nombre après une espace insécable', () => {
  assert.equal(euros(7100), '7\u202f100\u00a0€');
});

test('les pourcentages sont à une décimale au plus', () => {
  assert.equal(pourcent(0.1234), '12,3\u00a0%');
});

test('les slugs sont en ASCII kebab-case', () => {
  assert.equal(slug('Liévin'), 'lievin');
  assert.equal(slug('Fouquières-lès-Lens'), 'fouquieres-les-lens');
  assert.equal(slug('Éleu-dit-Leauwette'), 'eleu-dit-leauwette');
});

test('les listes se lisent à la française', () => {
  assert.equal(listeFrancaise(['Lens', 'Liévin', 'Avion']), 'Lens, Liévin et Avion');
  assert.equal(listeFrancaise(['Lens']), 'Lens');
});

test('un compte accorde son nom : singulier jusqu’à 1, pluriel ensuite, nombre à la française', () => {
  assert.equal(compte(0, 'équipement'), '0 équipement');
  assert.equal(compte(1, 'équipement rattaché', 'équipements rattachés'), '1 équipement rattaché');
  assert.equal(compte(1500, 'quartier'), '1\u202f500 quartiers');
});
