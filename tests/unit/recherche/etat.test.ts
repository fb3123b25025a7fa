import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FILTRES, ecrireEtat, filtresPagefind, lireEtat, nombreFiltres } from '../../../src/lib/recherche/etat.ts';

test('l’état d’une recherche fait l’aller-retour par l’adresse', () => {
  const e = lireEtat('?q=+piscine+&commune=Li%C3%A9vin&commune=Lens&commune=Lens&inconnu=x&domaine=');
  assert.deepEqual(e, { q: 'piscine', filtres: { commune: ['Liévin', 'Lens'] } });
  assert.equal(ecrireEtat(e), '?q=piscine&commune=Li%C3%A9vin&commune=Lens');
  assert.deepEqual(lireEtat(ecrireEtat(e)), e);
  assert.equal(ecrireEtat({ q: '', filtres: {} }), '');
});

test('les filtres cochés deviennent des « any » de Pagefind, et se comptent', () => {
  const e = { q: '', filtres: { commune: ['Lens', 'Liévin'], type: ['Équipement'] } };
  assert.deepEqual(filtresPagefind(e), { commune: { any: ['Lens', 'Liévin'] }, type: { any: ['Équipement'] } });
  assert.equal(nombreFiltres(e), 3);
});

test('la liste des quartiers fait l’aller-retour par l’adresse comme les autres filtres', () => {
  const e = lireEtat('?q=ecole&liste=Quartiers%202030&liste=QPV+2015&domaine=Enseignement');
  assert.deepEqual(e, { q: 'ecole', filtres: { liste: ['Quartiers 2030', 'QPV 2015'], domaine: ['Enseignement'] } });
  assert.equal(ecrireEtat(e), '?q=ecole&liste=Quartiers+2030&liste=QPV+2015&domaine=Enseignement');
  assert.deepEqual(lireEtat(ecrireEtat(e)), e);
  assert.deepEqual(filtresPagefind(e).liste, { any: ['Quartiers 2030', 'QPV 2015'] });
  assert.deepEqual(FILTRES.find(([cle]) => cle === 'liste'), ['liste', 'Liste des quartiers']);
});
