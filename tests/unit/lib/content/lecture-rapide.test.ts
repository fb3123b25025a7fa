import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyserYaml } from '../../../../src/lib/content/lire-yaml.ts';
import { lireYamlSimple } from '../../../../src/lib/content/lecture-rapide.ts';

/** The fast path must read `texte` and give exactly the full parser's data. */
function pareil(texte: string) {
  const rapide = lireYamlSimple(texte);
  assert.notEqual(rapide, undefined, `la voie rapide ne lit pas :\n${texte}`);
  const complet = analyserYaml('f.yaml', texte);
  assert.ok(!Array.isArray(complet), `le lecteur complet refuse :\n${texte}`);
  assert.deepStrictEqual(rapide, complet.data);
  return rapide;
}

test('la voie rapide lit la forme des fiches comme le lecteur complet', () => {
  assert.deepEqual(pareil('code: "QP062002"\npopulation: 1220\nsource:\n  page: 24\n'), { code: 'QP062002', population: 1220, source: { page: 24 } });
  pareil('# tête\na: 1 # fin\nb: "x # pas un commentaire" # commentaire\nc: x#y\n');
  assert.deepEqual(pareil('communes: [ "62498", \'62510\', 62 ]\nvide: []\nrien: {}\n'), { communes: ['62498', '62510', 62], vide: [], rien: {} });
  assert.deepEqual(pareil('tranches:\n  "0-3": 89\n  "75+": 136\n'), { tranches: { '0-3': 89, '75+': 136 } });
  pareil('lignes:\n  - libelle_source: "A"\n    cellules:\n      - - "a, b"\n        - [ "c] d", e ]\n      - []\n  -   x: 1\n      y: 2\n');
  assert.deepEqual(pareil('a:\n- x\n- y\nb: 1\n'), { a: ['x', 'y'], b: 1 });
  pareil('texte: "Développer un \\"guide\\" d\'accès \\u00e9 \\\\ \\/"\nsimple: \'l\'\'école\'\n');
  // No-break spaces are text in YAML, not blanks.
  assert.deepEqual(pareil('a: \u00a0x\u00a0\nb: 75\u202f%\n'), { a: '\u00a0x\u00a0', b: '75\u202f%' });
});

test('la voie rapide donne aux valeurs le type que leur donne le lecteur complet', () => {
  const d = pareil('a: -7\nb: 0x1F\nc: 1e400\nd: .NaN\ne: ~\nf:\ng: True\nh: 012\ni: 3.50\nj: ?x\nk: -x\nl: 0o17\nm: "12"\nn: 1_000\no: +5\n');
  assert.deepStrictEqual(d, { a: -7, b: 31, c: Infinity, d: NaN, e: null, f: null, g: true, h: 12, i: 3.5, j: '?x', k: '-x', l: 15, m: '12', n: '1_000', o: 5 });
});

test('hors de la forme simple, la voie rapide laisse faire le lecteur complet', () => {
  for (const texte of [
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    'a: |\n  texte\n',
    'a: >-\n  texte\n',
    'a: un\n  deux\n',
    'a: "un\n  deux"\n',
    'a:\t1\n',
    'a: 1\r\nb: 2\r\n',
    'a: 1\na: 2\n',
    '1: a\n',
    'true: a\n',
    '%YAML 1.2\n---\na: 1\n',
    'a: 1\n---\nb: 2\n',
    'a: { b: 1 }\n',
    'a: [ b, [ c ] ]\n',
    'a: [ b,\n  c ]\n',
    '- a\n- b\n',
    'texte seul\n',
    '# rien\n',
    '  a: 1\n',
    'a: b: c\n',
    'a: b:\n',
    'a:\n  b: 1\n c: 2\n',
    'a: - b\n',
    'a: "\\x41"\n',
    '? a\n: b\n',
    'a : 1\n',
    '__proto__: 1\n',
    'a: 1 \u2028b: 2\n',
  ]) {
    assert.equal(lireYamlSimple(texte), undefined, JSON.stringify(texte));
  }
});
