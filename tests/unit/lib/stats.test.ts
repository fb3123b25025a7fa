import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mediane, rangs } from '../../../src/lib/stats.ts';
import { lireFourchette } from '../../../src/lib/fourchette.ts';

test('médiane d’un nombre pair et impair de valeurs', () => {
  assert.equal(mediane([3, 1, 2]), 2);
  assert.equal(mediane([4, 1, 3, 2]), 2.5);
  assert.throws(() => mediane([]));
});

test('le rang 1 est la plus petite valeur, les ex aequo partagent leur rang et se comptent', () => {
  assert.deepEqual(rangs([9100, 7100, 8900]), [{ rang: 3, egaux: 0 }, { rang: 1, egaux: 0 }, { rang: 2, egaux: 0 }]);
  assert.deepEqual(rangs([8900, 7100, 8900]), [{ rang: 2, egaux: 1 }, { rang: 1, egaux: 0 }, { rang: 2, egaux: 1 }]);
  assert.deepEqual(rangs([7100, 9300, 9300, 11000, 9300]).map((r) => r.egaux), [0, 2, 2, 0, 2]);
  assert.deepEqual(rangs([]), []);
});

test('les fourchettes du kit CGET', () => {
  assert.deepEqual(lireFourchette('25 à 30%'), { min: 25, max: 30, unite: '%' });
  assert.deepEqual(lireFourchette('plus de 40%'), { min: 40, unite: '%' });
  assert.deepEqual(lireFourchette('0'), { min: 0, max: 0, unite: 'nombre' });
  assert.deepEqual(lireFourchette('60 à 90'), { min: 60, max: 90, unite: 'nombre' });
  assert.equal(lireFourchette('environ trente'), undefined);
});
