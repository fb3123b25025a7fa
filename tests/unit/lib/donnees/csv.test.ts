import { test } from 'node:test';
import assert from 'node:assert/strict';
import { celluleCsv, lignesCsv } from '../../../../src/lib/donnees/csv.ts';

test('les cellules avec ; ou guillemets sont entre guillemets, doublés', () => {
  assert.equal(celluleCsv('rue A; rue B'), '"rue A; rue B"');
  assert.equal(celluleCsv('dit "le 4"'), '"dit ""le 4"""');
  assert.equal(celluleCsv(undefined), '');
  assert.equal(celluleCsv(true), 'oui');
});

test('une cellule qui serait lue comme une formule est neutralisée', () => {
  assert.equal(celluleCsv('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(celluleCsv('@SUM(A1)'), "'@SUM(A1)");
});

test('le fichier commence par un BOM et une ligne d’en-tête', () => {
  assert.deepEqual([...lignesCsv(['code', 'nom'], [['QP062002', 'Camus']])], ['\ufeffcode;nom\r\n', 'QP062002;Camus\r\n']);
  assert.equal([...lignesCsv(['code', 'nom'], [])].join(''), '\ufeffcode;nom\r\n');
});
