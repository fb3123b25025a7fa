import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseEnMots, baseIndicateur, cleComparaison, repartitionsIndicateurs } from '../../../../src/lib/site/indicateurs.ts';
import { autresQue, comparerFourchettes } from '../../../../src/lib/site/repartition.ts';
import type { Indicateur, Quartier } from '../../../../src/schemas/index.ts';

const medecins = (libelle: string, min: number, max: number): Indicateur => ({ id: 'medecins-generalistes', libelle, valeur: `${min} à ${max}`, min, max, unite: 'nombre' });
const quartier = (code: string, i: Indicateur) => ({ code, indicateurs: [i] }) as unknown as Quartier;

test('la base imprimée est lue dans le libellé et dite en mots', () => {
  assert.equal(baseIndicateur('Nb médecins généralistes pour 100000h'), 100_000);
  assert.equal(baseIndicateur('Nb structures petite enfance (0-2 ans pour 1000h)'), 1000);
  assert.equal(baseIndicateur('part de logement HLM'), undefined);
  assert.match(baseEnMots(100_000), /^pour 100\s000 habitants$/u);
  assert.match(baseEnMots(10_000), /^pour 10\s000 habitants$/u);
});

test('deux quartiers qui impriment le même indicateur sur des bases différentes ne sont jamais comparés', () => {
  const a = medecins('Nb médecins généralistes pour 100000h', 30, 60);
  const b = medecins('Nb médecins généralistes pour 100000h', 60, 90);
  const c = medecins('Nb médecins généralistes pour 10000h', 30, 60);
  const r = repartitionsIndicateurs([quartier('A', a), quartier('B', b), quartier('C', c)]);
  assert.notEqual(cleComparaison(a), cleComparaison(c));
  assert.equal(r.size, 2);
  // A is compared with B only: C's « 30 à 60 » pour 10 000 h is not « the same range ».
  assert.deepEqual(comparerFourchettes(a, autresQue(r.get(cleComparaison(a))!, a)), { plusBas: 0, memes: 0, plusHaut: 1, chevauchent: 0 });
  assert.deepEqual(autresQue(r.get(cleComparaison(c))!, c), []);
});
