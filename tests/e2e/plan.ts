// Pages of the built site, shared by the tests that visit every one of them (not a test file).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.split('/').filter(Boolean).join('/')}/` : '/';

/** Paths of the built pages, relative to the base, from dist/sitemap.xml (root-relative or absolute <loc>). */
export function pagesDuPlan(): string[] {
  const xml = readFileSync(resolve(process.env.DIST_DIR!, 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').trim());
  if (!locs.length) throw new Error('dist/sitemap.xml ne contient aucune <loc>');
  return locs.map((loc) => {
    const chemin = new URL(loc, 'http://exemple.invalid').pathname;
    if (!chemin.startsWith(base)) throw new Error(`${loc} n'est pas sous la base ${base}`);
    return chemin.slice(base.length); // '' for the home page
  });
}
