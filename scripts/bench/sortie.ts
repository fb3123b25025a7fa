// What the build wrote: page count, size of dist/ and of the search index, weight of a fiche page (HTML + CSS,
// compressed) and of its scripts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function fichiers(dossier: string): string[] {
  const sortie: string[] = [];
  for (const e of readdirSync(dossier, { withFileTypes: true })) {
    const chemin = join(dossier, e.name);
    if (e.isDirectory()) sortie.push(...fichiers(chemin));
    else sortie.push(chemin);
  }
  return sortie;
}

export const taille = (chemins: string[]) => chemins.reduce((s, f) => s + statSync(f).size, 0);

/** What a server sends: Pagefind's files are already gzipped (sent as they are), the rest is gzipped on the way. */
export function poidsCompresse(fichier: string): number {
  const octets = readFileSync(fichier);
  if (octets[0] === 0x1f && octets[1] === 0x8b) return octets.byteLength;
  return gzipSync(octets).byteLength;
}

export interface Sortie {
  pagesHtml: number;
  fichesIndexees?: number;
  enregistrements?: number;
  distOctets: number;
  distFichiers: number;
  pagefindOctets: number;
  pagefindFichiers: number;
  ficheMoyenne: number;
  ficheMax: number;
  ficheJs: number;
  ficheScripts: number;
}

export function mesurerSortie(dist: string, base: string, journal: string): Sortie {
  const tous = fichiers(dist);
  const pagefind = fichiers(join(dist, 'pagefind'));
  const fiches = readdirSync(join(dist, 'quartiers'))
    .map((d) => join(dist, 'quartiers', d, 'index.html'))
    .filter((f) => existsSync(f));
  const versFichier = (href: string) => join(dist, href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, ''));
  const cache = new Map<string, number>();
  const compresse = (f: string) => {
    let n = cache.get(f);
    if (n === undefined) cache.set(f, (n = poidsCompresse(f)));
    return n;
  };
  let somme = 0;
  let max = 0;
  let js = 0;
  let scripts = 0;
  for (const f of fiches) {
    const html = readFileSync(f, 'utf8');
    let poids = gzipSync(html).byteLength;
    for (const m of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
      const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
      if (href) poids += compresse(versFichier(href));
    }
    for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
      scripts++;
      const src = /\bsrc="([^"]+)"/.exec(m[1] ?? '')?.[1];
      if (src && existsSync(versFichier(src))) js += statSync(versFichier(src)).size;
    }
    somme += poids;
    max = Math.max(max, poids);
  }
  const indexe = /Recherche : (\d+) pages et (\d+) enregistrements/.exec(journal);
  return {
    pagesHtml: tous.filter((f) => f.endsWith('.html')).length,
    ...(indexe ? { fichesIndexees: Number(indexe[1]), enregistrements: Number(indexe[2]) } : {}),
    distOctets: taille(tous),
    distFichiers: tous.length,
    pagefindOctets: taille(pagefind),
    pagefindFichiers: pagefind.length,
    ficheMoyenne: fiches.length ? somme / fiches.length : 0,
    ficheMax: max,
    ficheJs: fiches.length ? js / fiches.length : 0,
    ficheScripts: fiches.length ? scripts / fiches.length : 0,
  };
}
