import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lireYaml } from '../../../../src/lib/content/lire-yaml.ts';

const octets = (s: string) => new TextEncoder().encode(s);

test('un YAML valide donne ses données et la ligne de chaque champ', () => {
  const lu = lireYaml('f.yaml', octets('code: "QP062002"\npopulation: 1220\nsource:\n  page: 24\n'));
  assert.ok(!Array.isArray(lu));
  assert.deepEqual(lu.data, { code: 'QP062002', population: 1220, source: { page: 24 } });
  assert.equal(lu.ligne(['population']), 2);
  assert.equal(lu.ligne(['source', 'page']), 4);
  // A missing field points at its nearest parent.
  assert.equal(lu.ligne(['source', 'document']), 4);
});

test('une clé en double est refusée avec sa ligne', () => {
  const lu = lireYaml('f.yaml', octets('code: "A"\nnom: x\ncode: "B"\n'));
  assert.ok(Array.isArray(lu));
  assert.equal(lu[0]!.ligne, 3);
  assert.match(lu[0]!.message, /clé en double/);
});

test('un fichier vide, une liste ou un texte non UTF-8 sont refusés clairement', () => {
  for (const [texte, attendu] of [
    [octets('  \n'), /fichier vide/],
    [octets('- a\n- b\n'), /une liste/],
    [new Uint8Array([0x6e, 0x6f, 0x6d, 0x3a, 0x20, 0xe9, 0x0a]), /UTF-8/],
  ] as const) {
    const lu = lireYaml('f.yaml', texte);
    assert.ok(Array.isArray(lu));
    assert.match(lu[0]!.message, attendu);
  }
});

test('une bombe d’alias est refusée', () => {
  const bombe = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
  const lu = lireYaml('f.yaml', octets(bombe));
  assert.ok(Array.isArray(lu));
  assert.match(lu[0]!.message, /alias/i);
});

test('un BOM et des fins de ligne CRLF sont acceptés', () => {
  const lu = lireYaml('f.yaml', octets('\ufeffcode: "QP062002"\r\nnom: Camus\r\n'));
  assert.ok(!Array.isArray(lu));
  assert.deepEqual(lu.data, { code: 'QP062002', nom: 'Camus' });
});
