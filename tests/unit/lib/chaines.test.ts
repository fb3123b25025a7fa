import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chaines } from '../../../src/lib/chaines.ts';

test('toutes les chaînes d’une valeur, à toute profondeur, dans l’ordre, sans les nombres ni les booléens', () => {
  assert.deepEqual(chaines({ nom: 'A', liste: ['b', { c: 'c', n: 2, v: true, rien: null }, [['d']]], e: 'e' }), ['A', 'b', 'c', 'd', 'e']);
  assert.deepEqual(chaines('seule'), ['seule']);
  assert.deepEqual(chaines(undefined), []);
});
