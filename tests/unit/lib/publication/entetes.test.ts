import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lireEntetes } from '../../../../src/lib/publication/entetes.ts';

test('le fichier _headers fourni s’applique à toutes les pages et autorise ce qu’il faut à Pagefind', () => {
  const [regle] = lireEntetes(readFileSync('public/_headers', 'utf8'));
  assert.ok(regle!.correspond('/sous-dossier/quartiers/qp062025/'));
  const csp = regle!.entetes.find(([k]) => k === 'Content-Security-Policy')![1];
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
  assert.match(scriptSrc, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(scriptSrc, /unsafe-inline/);
});

test('les motifs ne s’appliquent qu’aux chemins qu’ils désignent', () => {
  const regles = lireEntetes('/donnees/*\n  Access-Control-Allow-Origin: *\n');
  assert.equal(regles[0]!.correspond('/donnees/quartiers.json'), true);
  assert.equal(regles[0]!.correspond('/quartiers/'), false);
});
