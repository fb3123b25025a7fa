// What a visitor waits for and downloads, in headless Chromium against scripts/preview.ts: the weight of the first
// search (every file fetched until the results are shown), the time from navigation to results shown over a fixed
// list of queries, and the time to load a fiche page. Without a browser, a static estimate of the weight only.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { poidsCompresse } from './sortie.ts';
import { RACINE } from './vocabulaire.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Recherche {
  methode: 'navigateur' | 'estimation';
  octets: number;
  requetes: number;
  resultats?: string;
  /** Compressed bytes by kind of file (html, css, js, wasm, meta, index, filtres, fragments). */
  detail: Record<string, number>;
  /** Every file fetched, with its compressed weight. */
  fichiers: Record<string, number>;
  /** Milliseconds from navigation to results shown, per query (cold cache each time). */
  tempsRecherche?: Record<string, number>;
  /** Milliseconds from navigation to the load event, per fiche page (cold cache each time). */
  tempsFiche?: Record<string, number>;
}

export function categorie(chemin: string): string {
  if (chemin.endsWith('.html') || chemin.endsWith('/')) return 'html';
  if (chemin.endsWith('.css')) return 'css';
  if (chemin.includes('/pagefind/index/')) return 'index';
  if (chemin.includes('/pagefind/filter/')) return 'filtres';
  if (chemin.includes('/pagefind/fragment/')) return 'fragments';
  if (chemin.endsWith('.pagefind')) return 'wasm';
  if (chemin.endsWith('.pf_meta') || chemin.endsWith('pagefind-entry.json')) return 'meta';
  if (chemin.endsWith('.js')) return 'js';
  return 'autre';
}

function peser(dist: string, chemins: string[]): Pick<Recherche, 'octets' | 'requetes' | 'detail' | 'fichiers'> {
  const detail: Record<string, number> = {};
  const fichiers: Record<string, number> = {};
  for (const chemin of chemins) {
    const f = join(dist, chemin);
    if (!existsSync(f) || !statSync(f).isFile()) continue;
    fichiers[chemin] = poidsCompresse(f);
    detail[categorie(chemin)] = (detail[categorie(chemin)] ?? 0) + fichiers[chemin]!;
  }
  return { octets: Object.values(detail).reduce((a, b) => a + b, 0), requetes: Object.keys(fichiers).length, detail, fichiers };
}

/** Static estimate (no fragments): pagefind.js and its worker + entry + wasm + meta + the largest index chunk + every filter chunk + the page, its CSS and scripts. */
export function estimerRecherche(dist: string): Recherche {
  const pf = join(dist, 'pagefind');
  const entree = JSON.parse(readFileSync(join(pf, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
  const langue = Object.values(entree.languages)[0]!;
  const html = readFileSync(join(dist, 'recherche', 'index.html'), 'utf8');
  const liens = [...html.matchAll(/(?:href|src)="\/?([^"]+\.(?:css|js))"/g)].map((m) => `/${m[1]}`);
  const index = readdirSync(join(pf, 'index')).sort((a, b) => statSync(join(pf, 'index', b)).size - statSync(join(pf, 'index', a)).size);
  const chemins = [
    '/recherche/index.html',
    ...liens,
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    `/pagefind/wasm.${langue.wasm ?? 'unknown'}.pagefind`,
    `/pagefind/pagefind.${langue.hash}.pf_meta`,
    ...index.slice(0, 1).map((f) => `/pagefind/index/${f}`),
    ...readdirSync(join(pf, 'filter')).map((f) => `/pagefind/filter/${f}`),
  ];
  return { methode: 'estimation', ...peser(dist, chemins) };
}

async function portLibre(): Promise<number> {
  return new Promise((ok, ko) => {
    const s = createServer();
    s.on('error', ko);
    s.listen(0, '127.0.0.1', () => {
      const adresse = s.address();
      s.close(() => (typeof adresse === 'object' && adresse ? ok(adresse.port) : ko(new Error('pas de port'))));
    });
  });
}

/** Results are shown when the status line counts them (« 3 résultats », « Aucun résultat ») or the list has items. */
function resultatsAffiches(): number | false {
  const etat = document.getElementById('etat')?.textContent ?? '';
  if (/pas pu se charger/.test(etat)) return -1;
  const vus = /\d\s*résultats?\b|aucun résultat/i.test(etat) || document.querySelector('#resultats li') !== null;
  return vus ? performance.now() : false;
}

/** Loads `/recherche/?q=…` in a fresh context; returns the time to results and the paths fetched. */
async function chercher(navigateur: Browser, adresse: string, requete: string): Promise<{ ms: number; chemins: string[]; etat: string }> {
  const contexte = await navigateur.newContext();
  try {
    const page = await contexte.newPage();
    const urls: string[] = [];
    page.on('requestfinished', (req) => urls.push(req.url()));
    await page.goto(`${adresse}recherche/?q=${encodeURIComponent(requete)}`);
    const ms = (await (await page.waitForFunction(resultatsAffiches, null, { timeout: 60_000, polling: 'raf' })).jsonValue()) as number;
    if (ms < 0) throw new Error(`la recherche « ${requete} » ne s'est pas chargée`);
    await page.waitForLoadState('networkidle');
    const etat = (await page.textContent('#etat'))?.trim() ?? '';
    return { ms, chemins: [...new Set(urls)].map((u) => decodeURIComponent(new URL(u).pathname)), etat };
  } finally {
    await contexte.close();
  }
}

async function chargerFiche(navigateur: Browser, url: string): Promise<number> {
  const contexte = await navigateur.newContext();
  try {
    const page = await contexte.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  } finally {
    await contexte.close();
  }
}

export interface Scenario {
  /** The query whose download is weighed. */
  requete: string;
  /** Queries timed from navigation to results shown. */
  requetesChronometrees: string[];
  /** Fiche slugs (qp900001…) whose page load is timed. */
  fiches: string[];
}

/** Serves `dist`, weighs the first search and times the queries and fiche pages of the scenario. */
export async function mesurerRecherche(dist: string, base: string, s: Scenario): Promise<Recherche> {
  const { chromium } = await import('playwright-core');
  const port = await portLibre();
  const serveur: ChildProcess = spawn(process.execPath, ['scripts/preview.ts'], {
    cwd: RACINE,
    env: { ...process.env, DIST_DIR: dist, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await new Promise<void>((ok, ko) => {
      const delai = setTimeout(() => ko(new Error('le serveur de prévisualisation ne démarre pas')), 20_000);
      serveur.stdout!.on('data', (d) => String(d).includes('Site servi') && (clearTimeout(delai), ok()));
      serveur.on('exit', (c) => ko(new Error(`le serveur s'est arrêté (code ${c})`)));
    });
    const adresse = `http://127.0.0.1:${port}${base}`;
    const navigateur = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
    try {
      const premiere = await chercher(navigateur, adresse, s.requete);
      const chemins = premiere.chemins.map((c) => (c.endsWith('/') ? `${c}index.html` : c)).map((c) => `/${c.slice(base.length)}`);
      const tempsRecherche: Record<string, number> = {};
      for (const q of s.requetesChronometrees) tempsRecherche[q] = (await chercher(navigateur, adresse, q)).ms;
      const tempsFiche: Record<string, number> = {};
      for (const f of s.fiches) tempsFiche[f] = await chargerFiche(navigateur, `${adresse}quartiers/${f}/`);
      return { methode: 'navigateur', ...peser(dist, chemins), resultats: premiere.etat, tempsRecherche, tempsFiche };
    } finally {
      await navigateur.close();
    }
  } finally {
    serveur.kill();
  }
}
