// Shared helpers of the output checks (not a test file: the runner only picks up *.test.ts).
// A small HTML tag reader is enough here: the input is Astro's own, well-formed output, and
// html-validate checks separately that it is valid.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Fails with a short, readable list (the first 40 problems and their count) when `erreurs` is not empty. */
export function aucuneErreur(erreurs: string[], quoi = 'problème(s)'): void {
  if (!erreurs.length) return;
  const extrait = erreurs.slice(0, 40).join('\n  ');
  assert.fail(`${erreurs.length} ${quoi} :\n  ${extrait}${erreurs.length > 40 ? '\n  …' : ''}`);
}

export const RACINE_PROJET = resolve(import.meta.dirname, '../..');
/** A copy of Lens-Liévin's content under tests/: the checks of its figures read it, never content/ (another territory's copy has its own). */
export const LENS_LIEVIN = resolve(RACINE_PROJET, 'tests/fixtures/lens-lievin');
/** Where `npm run build:essais` builds LENS_LIEVIN for the output checks and the browser tests: never dist/, the territory's own site. */
export const DIST_DEFAUT = resolve(RACINE_PROJET, process.env.DIST_DIR ?? 'dist-essais');

/** Files under `dossier` whose name ends with `fin`, as "/"-separated paths relative to it, sorted. */
export function fichiers(dossier: string, fin: string): string[] {
  return readdirSync(dossier, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(fin) && statSync(join(dossier, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** Path of a page under the base: "index.html" → "", "quartiers/qp062025/index.html" → "quartiers/qp062025/". */
export function cheminPage(fichier: string): string {
  return fichier === 'index.html' ? '' : fichier.endsWith('/index.html') ? fichier.slice(0, -'index.html'.length) : fichier;
}

const ENTITES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML snippet: tags taken out, entities decoded, spaces collapsed. */
export const texteDeHtml = (html: string): string => decoderEntites(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

export function decoderEntites(texte: string): string {
  return texte.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (tout, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITES[e.toLowerCase()] ?? tout;
  });
}

export interface Balise {
  nom: string;
  attributs: Map<string, string>;
}

const ATTRIBUT = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function lireAttributs(texte: string): Map<string, string> {
  const attributs = new Map<string, string>();
  for (const m of texte.matchAll(ATTRIBUT)) {
    const nom = m[1]!.toLowerCase();
    if (!attributs.has(nom)) attributs.set(nom, decoderEntites(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributs;
}

/** Start tags of a document, outside comments; the content of <script> and <style> is skipped. */
export function balises(html: string): Balise[] {
  const resultat: Balise[] = [];
  const re = /<!--[\s\S]*?-->|<(script|style)\b((?:"[^"]*"|'[^']*'|[^'">])*)>[\s\S]*?<\/\1\s*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
  for (const m of html.matchAll(re)) {
    if (m[1]) resultat.push({ nom: m[1].toLowerCase(), attributs: lireAttributs(m[2] ?? '') });
    else if (m[3]) resultat.push({ nom: m[3].toLowerCase(), attributs: lireAttributs((m[4] ?? '').replace(/\/$/, '')) });
  }
  return resultat;
}

/** Every URL a page points at: links, assets, form targets, canonical and Open Graph addresses. */
export function urlsDeBalises(liste: Balise[]): { balise: string; attribut: string; url: string }[] {
  const urls: { balise: string; attribut: string; url: string }[] = [];
  const ajouter = (b: Balise, attribut: string, url: string) => urls.push({ balise: b.nom, attribut, url });
  for (const b of liste) {
    for (const attribut of ['href', 'src', 'action', 'poster', 'data', 'formaction', 'cite']) {
      const v = b.attributs.get(attribut);
      if (v !== undefined && !(attribut === 'data' && b.nom !== 'object')) ajouter(b, attribut, v);
    }
    const srcset = b.attributs.get('srcset') ?? b.attributs.get('imagesrcset');
    if (srcset) for (const morceau of srcset.split(',')) if (morceau.trim()) ajouter(b, 'srcset', morceau.trim().split(/\s+/)[0]!);
    const propriete = b.attributs.get('property') ?? b.attributs.get('name') ?? '';
    if (b.nom === 'meta' && /^(og:url|og:image|og:image:url|twitter:image)$/.test(propriete)) ajouter(b, 'content', b.attributs.get('content') ?? '');
  }
  return urls;
}

/** url(...) and @import targets of a stylesheet. */
export function urlsCss(css: string): string[] {
  const sansCommentaires = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls: string[] = [];
  for (const m of sansCommentaires.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of sansCommentaires.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) urls.push(m[1] ?? m[2] ?? '');
  return urls;
}

export function ids(liste: Balise[]): Set<string> {
  const resultat = new Set<string>();
  for (const b of liste) {
    const id = b.attributs.get('id');
    if (id) resultat.add(id);
    if (b.nom === 'a' && b.attributs.get('name')) resultat.add(b.attributs.get('name')!);
  }
  return resultat;
}

/** A built site: its HTML pages, read once, and a resolver of same-site URLs to files. */
export class Site {
  readonly pages = new Map<string, { html: string; balises: Balise[]; ids: Set<string> }>();
  /** Origin used to resolve root-relative URLs; the public one when the site URL is known. */
  readonly origine: string;

  readonly dossier: string;
  readonly base: string;

  constructor(dossier: string, base = '/', siteUrl?: string) {
    this.dossier = resolve(dossier);
    this.base = base;
    this.origine = siteUrl ? new URL(siteUrl).origin : 'http://site.invalid';
    for (const f of fichiers(this.dossier, '.html')) {
      const html = readFileSync(join(this.dossier, f), 'utf8');
      const liste = balises(html);
      this.pages.set(f, { html, balises: liste, ids: ids(liste) });
    }
  }

  /** Public URL of a file of the site. */
  urlDe(fichier: string): string {
    return `${this.origine}${this.base}${fichier.endsWith('.html') ? cheminPage(fichier) : fichier}`;
  }

  /**
   * Checks one URL met in `fichier`: undefined when it is external or fine, otherwise what is wrong.
   * Same-site URLs must stay under the base, name an existing file (with its trailing slash for a
   * page, as the site is built with trailingSlash: 'always'), and their #fragment must be an id of it.
   */
  verifier(fichier: string, brute: string): string | undefined {
    if (/^(mailto|tel|data|javascript):/i.test(brute.trim())) return /^javascript:/i.test(brute.trim()) ? 'lien javascript:' : undefined;
    if (brute.trim() === '') return 'adresse vide';
    let url: URL;
    try {
      url = new URL(brute, this.urlDe(fichier));
    } catch {
      return 'adresse invalide';
    }
    if (url.origin !== this.origine) return undefined; // another site: not checked here (no network)
    if (!url.pathname.startsWith(this.base)) return `hors du chemin de base ${this.base}`;
    let reste: string;
    try {
      reste = decodeURIComponent(url.pathname.slice(this.base.length));
    } catch {
      return 'chemin mal encodé';
    }
    const cible = reste === '' || reste.endsWith('/') ? `${reste}index.html` : reste;
    const absolu = join(this.dossier, cible);
    if (!absolu.startsWith(this.dossier) || !existsSync(absolu)) return `fichier absent : ${cible}`;
    if (!statSync(absolu).isFile()) return `dossier sans barre oblique finale : ${reste}`;
    if (url.hash.length > 1 && cible.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      const page = this.pages.get(cible);
      if (!page?.ids.has(id)) return `ancre #${id} absente de ${cible}`;
    }
    return undefined;
  }

  /** Every same-site URL of the pages that `verifier` rejects, « page <balise attribut="url"> : why », and how many were checked. */
  adressesFautives(): { erreurs: string[]; vues: number } {
    const erreurs: string[] = [];
    let vues = 0;
    for (const [fichier, { balises: liste }] of this.pages) {
      for (const { balise, attribut, url } of urlsDeBalises(liste)) {
        vues++;
        const probleme = this.verifier(fichier, url);
        if (probleme) erreurs.push(`${fichier} <${balise} ${attribut}="${url}"> : ${probleme}`);
      }
    }
    return { erreurs, vues };
  }
}

/** Runs `npm run build` (scripts/build.ts) with these settings into `dist`; throws with its output on failure, returns it otherwise. */
export function construire(dist: string, env: Record<string, string>): string {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: RACINE_PROJET,
    env: { ...process.env, CONTENT_DIR: LENS_LIEVIN, ...env, DIST_DIR: dist },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`La construction a échoué (${r.status}) :\n${r.stdout}\n${r.stderr}`);
  return `${r.stdout}\n${r.stderr}`;
}

/** Starts scripts/preview.ts on 127.0.0.1:port and resolves once it answers. */
export async function servir(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const serveur = spawn(process.execPath, ['scripts/preview.ts'], {
    cwd: RACINE_PROJET,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let sortie = '';
  serveur.stdout!.on('data', (d) => (sortie += d));
  serveur.stderr!.on('data', (d) => (sortie += d));
  const limite = Date.now() + 20_000;
  while (Date.now() < limite) {
    if (serveur.exitCode !== null) throw new Error(`preview.ts s'est arrêté (${serveur.exitCode}) :\n${sortie}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      return serveur;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  serveur.kill();
  throw new Error(`preview.ts ne répond pas sur le port ${port} :\n${sortie}`);
}

/** A port nobody listens on: several copies of the suite may run on one machine. */
export const portLibre = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

export async function arreter(serveur: ChildProcess | undefined): Promise<void> {
  if (!serveur || serveur.exitCode !== null) return;
  const fin = new Promise((r) => serveur.once('exit', r));
  serveur.kill();
  await fin;
}

export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * A strict CSV reader (RFC 4180 with a chosen separator): quoted fields may hold the separator, line
 * breaks and doubled quotes; a quote inside an unquoted field, text after a closing quote, an unclosed
 * quote or a lone CR is an error. Returns the records and the line ending met after each one ('' at the end).
 */
export function lireCsv(texte: string, sep = ';'): { lignes: string[][]; fins: string[] } {
  const lignes: string[][] = [];
  const fins: string[] = [];
  const n = texte.length;
  let i = 0;
  const finDeChamp = (c: string | undefined) => c === undefined || c === sep || c === '\r' || c === '\n';
  while (i < n) {
    const ligne: string[] = [];
    for (;;) {
      let champ = '';
      if (texte[i] === '"') {
        const debut = i++;
        for (;;) {
          if (i >= n) throw new Error(`guillemet ouvert en ${debut} jamais fermé`);
          if (texte[i] === '"') {
            if (texte[i + 1] === '"') {
              champ += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          champ += texte[i++];
        }
        if (!finDeChamp(texte[i])) throw new Error(`texte après un guillemet fermant en ${i}, ligne ${lignes.length + 1}`);
      } else {
        while (!finDeChamp(texte[i])) {
          if (texte[i] === '"') throw new Error(`guillemet dans un champ non cité en ${i}, ligne ${lignes.length + 1}`);
          champ += texte[i++];
        }
      }
      ligne.push(champ);
      if (texte[i] === sep) {
        i++;
        continue;
      }
      break;
    }
    lignes.push(ligne);
    if (i >= n) fins.push('');
    else if (texte.startsWith('\r\n', i)) (fins.push('\r\n'), (i += 2));
    else if (texte[i] === '\n') (fins.push('\n'), i++);
    else throw new Error(`retour chariot isolé en ${i}, ligne ${lignes.length}`);
  }
  return { lignes, fins };
}
