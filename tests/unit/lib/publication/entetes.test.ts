import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lireEntetes } from '../../../../src/lib/publication/entetes.ts';

const regles = lireEntetes(readFileSync('public/_headers', 'utf8'));
/** Headers of every rule matching a path, later rules overriding earlier ones (Netlify's order). */
const pour = (chemin: string) => new Map(regles.filter((r) => r.correspond(chemin)).flatMap((r) => r.entetes));

test('le fichier _headers fourni s’applique à toutes les pages et autorise ce qu’il faut à Pagefind', () => {
  const [regle] = regles;
  assert.ok(regle!.correspond('/sous-dossier/quartiers/qp062025/'));
  const csp = regle!.entetes.find(([k]) => k === 'Content-Security-Policy')![1];
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
  assert.match(scriptSrc, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(scriptSrc, /unsafe-inline/);
});

test('les motifs ne s’appliquent qu’aux chemins qu’ils désignent', () => {
  const essai = lireEntetes('/donnees/*\n  Access-Control-Allow-Origin: *\n');
  assert.equal(essai[0]!.correspond('/donnees/quartiers.json'), true);
  assert.equal(essai[0]!.correspond('/quartiers/'), false);
});

test('_headers : un an de cache pour les seuls fichiers à empreinte, jamais deux Cache-Control pour un chemin', () => {
  const an = 'public, max-age=31536000, immutable';
  for (const chemin of ['/assets/Base.DAKmx4O7.css', '/pagefind/index/fr_1a2b.pf_index', '/pagefind/fragment/fr_3c4d.pf_fragment', '/pagefind/filter/fr_5e.pf_filter', '/pagefind/pagefind.fr_24db1618fe.pf_meta']) {
    assert.equal(pour(chemin).get('Cache-Control'), an, chemin);
  }
  for (const chemin of ['/', '/quartiers/qp062025/', '/js/recherche.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.fr.pagefind', '/donnees/quartiers.csv']) {
    assert.equal(pour(chemin).get('Cache-Control'), undefined, `${chemin} : l'hôte doit garder sa revalidation par défaut`);
  }
  for (const chemin of ['/assets/a.css', '/pagefind/index/x.pf_index']) {
    const n = regles.filter((r) => r.correspond(chemin)).flatMap((r) => r.entetes).filter(([k]) => k === 'Cache-Control').length;
    assert.equal(n, 1, `${chemin} : ${n} règles Cache-Control (Cloudflare les joindrait)`);
  }
  assert.equal(pour('/donnees/catalogue.jsonld').get('Access-Control-Allow-Origin'), '*');
  assert.equal(pour('/quartiers/').get('Access-Control-Allow-Origin'), undefined);
});

for (const [fichier, directive] of [
  ['deploy/nginx.conf', /^\s*add_header\s+(\S+)\s+"([^"]*)"/gm],
  ['deploy/apache.htaccess', /^\s*Header always set\s+(\S+)\s+"([^"]*)"\s*$/gm],
] as const) {
  test(`${fichier} envoie chaque en-tête de sécurité de _headers avec la même valeur`, () => {
    // Headers with a fixed value on every file (the cache and CORS rules depend on the path).
    const ajoutes = new Map([...readFileSync(fichier, 'utf8').matchAll(directive)].map((m) => [m[1]!, m[2]!]));
    const [tous] = regles;
    assert.equal(tous!.motif, '/*');
    assert.ok(tous!.entetes.length >= 7);
    for (const [nom, valeur] of tous!.entetes) assert.equal(ajoutes.get(nom), valeur, nom);
    assert.deepEqual([...ajoutes.keys()].sort(), tous!.entetes.map(([k]) => k).sort(), `un en-tête de ${fichier} absent de _headers`);
  });
}
