import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lireOptions, type Options } from '../../../scripts/bench/options.ts';

const tailles = (argv: string[]) => (lireOptions(argv) as Options).tailles;

test('une taille au-delà de 150 amène 150, la référence de la croissance par fiche', () => {
  assert.deepEqual(tailles(['1500', '--runs=3', '--no-browser']), [150, 1500]);
  assert.deepEqual(tailles(['21', '1500']), [21, 150, 1500]);
  assert.deepEqual(tailles(['150', '1500']), [150, 1500]);
  assert.deepEqual(tailles(['21']), [21]);
  assert.deepEqual(tailles(['500', '--generate-only']), [500], 'rien à comparer quand on ne fait qu’écrire les fiches');
  assert.equal((lireOptions(['1500', '--runs=3']) as Options).essais, 3);
  assert.match(lireOptions(['--inconnu']) as string, /Argument inconnu/);
});
