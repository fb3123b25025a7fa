// npm run preview: serves dist/ as a plain static host would, under the base path, with the
// security headers of public/_headers, so that what is tested is what gets deployed.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { reglages } from '../src/site.config.ts';
import { lireEntetes } from '../src/lib/publication/entetes.ts';
import { lireRedirections } from '../src/lib/publication/redirections.ts';

const racine = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const base = reglages.base;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
if (!existsSync(racine)) {
  console.error(`${racine} n'existe pas : lancez d'abord npm run build.`);
  process.exit(1);
}
// What Netlify and Cloudflare Pages send when _headers sets no Cache-Control: revalidate on each use.
const CACHE_PAR_DEFAUT = 'public, max-age=0, must-revalidate';
const fichierEntetes = join(racine, '_headers');
const entetes = existsSync(fichierEntetes) ? lireEntetes(readFileSync(fichierEntetes, 'utf8')) : [];
// The rules of _redirects, as Netlify and Cloudflare Pages apply them (a fiche's code typed in capitals).
const fichierRedirections = join(racine, '_redirects');
const redirections = existsSync(fichierRedirections) ? lireRedirections(readFileSync(fichierRedirections, 'utf8')) : new Map();

function fichierPour(chemin: string): string | undefined {
  const cible = normalize(join(racine, chemin));
  if (cible !== racine && !cible.startsWith(racine + sep)) return undefined; // not dist.ancien/, dist-autre/…
  if (existsSync(cible) && statSync(cible).isFile()) return cible;
  const index = join(cible, 'index.html');
  return existsSync(index) ? index : undefined;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let chemin: string;
  try {
    chemin = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Adresse mal encodée.');
    return;
  }
  res.setHeader('Cache-Control', CACHE_PAR_DEFAUT);
  for (const regle of entetes) if (regle.correspond(chemin)) for (const [k, v] of regle.entetes) res.setHeader(k, v);
  const redirection = redirections.get(chemin);
  if (redirection) {
    res.writeHead(redirection.statut, { Location: `${redirection.vers}${url.search}` }).end();
    return;
  }
  if (!chemin.startsWith(base)) {
    res.writeHead(302, { Location: base }).end();
    return;
  }
  if (!chemin.endsWith('/') && !extname(chemin) && fichierPour(chemin.slice(base.length))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const fichier = fichierPour(chemin.slice(base.length));
  const statut = fichier ? 200 : 404;
  const servi = fichier ?? join(racine, '404.html');
  res.writeHead(statut, { 'Content-Type': TYPES[extname(servi)] ?? 'application/octet-stream' });
  res.end(readFileSync(servi));
}).listen(port, '127.0.0.1', () => console.log(`Site servi sur http://127.0.0.1:${port}${base}`));
