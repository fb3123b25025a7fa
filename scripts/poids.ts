// npm run poids: prints the compressed weight of the home page and of each fiche on first load
// (HTML + the stylesheets and scripts it links; the site uses no web font and no image file),
// against the budgets: home ≤ 40 KB, fiche ≤ 30 KB and no JavaScript on a fiche.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { reglages } from '../src/site.config.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const KO = 1024;

function poids(page: string): { total: number; js: number } {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const lies = [...html.matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"/g)].map((m) => m[1]!);
  let total = gzipSync(html).length;
  let js = 0;
  for (const url of lies) {
    const fichier = join(DIST, url.startsWith(reglages.base) ? url.slice(reglages.base.length) : url);
    if (!existsSync(fichier)) throw new Error(`${page} : ${url} introuvable dans ${DIST}`);
    const taille = gzipSync(readFileSync(fichier)).length;
    total += taille;
    if (url.endsWith('.js')) js += taille;
  }
  return { total, js };
}

const accueil = poids('');
const fiches = JSON.parse(readFileSync(join(DIST, 'donnees', 'quartiers.json'), 'utf8')).quartiers.map((q: { code: string }) => ({
  code: q.code,
  ...poids(`quartiers/${q.code.toLowerCase()}`),
}));
const pire = fiches.reduce((a: (typeof fiches)[number], b: (typeof fiches)[number]) => (b.total > a.total ? b : a));
const moyenne = fiches.reduce((s: number, f: { total: number }) => s + f.total, 0) / fiches.length;
const jsFiches = fiches.reduce((s: number, f: { js: number }) => s + f.js, 0);
const ligne = (ok: boolean, texte: string) => console.log(`${ok ? 'PASS' : 'FAIL'} ${texte}`);
ligne(accueil.total <= 40 * KO, `accueil : ${(accueil.total / KO).toFixed(1)} KB gzip (budget 40 KB), dont JS ${(accueil.js / KO).toFixed(1)} KB`);
ligne(pire.total <= 30 * KO, `fiches : ${(moyenne / KO).toFixed(1)} KB gzip en moyenne, ${(pire.total / KO).toFixed(1)} KB au plus (${pire.code}) (budget 30 KB)`);
ligne(jsFiches === 0, `JavaScript sur les fiches : ${jsFiches} octets (budget 0)`);
