// A site published under a sub-folder: build with BASE_PATH and SITE_URL into a temporary folder, check that
// every address in it stays under the base and resolves, then serve it and search it in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM, Site, aucuneErreur, arreter, cheminPage, construire, decoderEntites, fichiers, servir, urlsCss, urlsDeBalises } from './outils.ts';

const BASE = '/sous-dossier/';
const SITE_URL = 'https://exemple.test';
const PUBLIC = `${SITE_URL}${BASE}`;
const PORT = 4371;
const LOCAL = `http://127.0.0.1:${PORT}${BASE}`;

let temporaire: string;
let site: Site;
let serveur: ChildProcess | undefined;
let navigateur: Browser | undefined;

before(() => {
  temporaire = mkdtempSync(join(tmpdir(), 'qpv-sous-dossier-'));
  const dist = join(temporaire, 'dist');
  construire(dist, { BASE_PATH: BASE, SITE_URL });
  site = new Site(dist, BASE, SITE_URL);
}, { timeout: 5 * 60_000 });

after(async () => {
  await navigateur?.close();
  await arreter(serveur);
  if (temporaire) rmSync(temporaire, { recursive: true, force: true });
});

/** What is wrong with an address of the site built under BASE, or undefined. */
function sousLaBase(fichier: string, url: string): string | undefined {
  const u = url.trim();
  if (/^(mailto|tel|data):/i.test(u) || u.startsWith('#')) return site.verifier(fichier, u);
  if (/^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('//')) {
    if (new URL(u, PUBLIC).origin !== SITE_URL) return undefined; // another site
    if (!u.startsWith(PUBLIC)) return `absolue hors de ${PUBLIC}`;
  } else if (!u.startsWith(BASE)) return `ne commence pas par ${BASE}`;
  return site.verifier(fichier, u);
}

test('chaque lien, ressource et téléchargement des pages est sous /sous-dossier/ et existe', () => {
  const erreurs: string[] = [];
  let internes = 0;
  for (const [fichier, { balises }] of site.pages) {
    for (const { balise, attribut, url } of urlsDeBalises(balises)) {
      const probleme = sousLaBase(fichier, url);
      if (!/^https?:\/\//.test(url) || url.startsWith(PUBLIC)) internes++;
      if (probleme) erreurs.push(`${fichier} <${balise} ${attribut}="${url}"> : ${probleme}`);
    }
  }
  aucuneErreur(erreurs, 'adresse(s) fautive(s)');
  assert.ok(internes > site.pages.size * 10, `${internes} adresses internes seulement`);
  assert.match(sousLaBase('index.html', '/quartiers/') ?? '', /sous-dossier/, 'le contrôle doit refuser un lien hors de la base');
});

test('les url() des feuilles de style restent sous /sous-dossier/', () => {
  const erreurs: string[] = [];
  for (const f of fichiers(site.dossier, '.css')) {
    for (const url of urlsCss(readFileSync(join(site.dossier, f), 'utf8'))) {
      // A url() relative to its stylesheet is fine under any base: only check that it resolves.
      const probleme = url.startsWith('/') || /^https?:/.test(url) ? sousLaBase(f, url) : site.verifier(f, url);
      if (probleme) erreurs.push(`${f} url(${url}) : ${probleme}`);
    }
  }
  aucuneErreur(erreurs);
});

test('la page Données propose les téléchargements sous /sous-dossier/', () => {
  const liens = new Set(urlsDeBalises(site.pages.get('donnees/index.html')!.balises).map((u) => u.url));
  for (const f of ['donnees/quartiers.json', 'donnees/quartiers.csv', 'donnees/equipements.csv', 'donnees/schema/quartier.schema.json', 'donnees/quartiers/qp062025.json']) {
    assert.ok(liens.has(`${BASE}${f}`), `lien ${BASE}${f} absent de la page Données`);
  }
});

test('chaque page a une adresse canonique et un og:url absolus et exacts', () => {
  const erreurs: string[] = [];
  for (const [fichier, { balises }] of site.pages) {
    const canoniques = balises.filter((b) => b.nom === 'link' && b.attributs.get('rel')?.split(/\s+/).includes('canonical')).map((b) => b.attributs.get('href'));
    const ogUrl = balises.filter((b) => b.nom === 'meta' && b.attributs.get('property') === 'og:url').map((b) => b.attributs.get('content'));
    if (fichier === '404.html') {
      // Served for any missing address: a canonical URL, if any, must at least name an existing page.
      for (const u of [...canoniques, ...ogUrl]) if (site.verifier(fichier, u ?? '')) erreurs.push(`404.html : ${u} n'existe pas`);
      continue;
    }
    const attendue = `${PUBLIC}${cheminPage(fichier)}`;
    if (canoniques.length !== 1 || canoniques[0] !== attendue) erreurs.push(`${fichier} : canonical ${JSON.stringify(canoniques)} au lieu de ${attendue}`);
    if (ogUrl.length !== 1 || ogUrl[0] !== attendue) erreurs.push(`${fichier} : og:url ${JSON.stringify(ogUrl)} au lieu de ${attendue}`);
  }
  aucuneErreur(erreurs);
});

test('le plan du site donne des adresses absolues https://exemple.test/sous-dossier/…, une par page', () => {
  const xml = readFileSync(join(site.dossier, 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decoderEntites(m[1]!));
  const attendues = [...site.pages.keys()].filter((f) => f !== '404.html').map((f) => `${PUBLIC}${cheminPage(f)}`);
  assert.deepEqual([...locs].sort(), attendues.sort());
  aucuneErreur(locs.flatMap((l) => (site.verifier('sitemap.xml', l) ? [`${l} : ${site.verifier('sitemap.xml', l)}`] : [])));
});

test('robots.txt nomme le plan du site par son adresse absolue', () => {
  const robots = readFileSync(join(site.dossier, 'robots.txt'), 'utf8');
  assert.match(robots, /^User-agent: \*$/m);
  assert.ok(robots.split(/\r?\n/).includes(`Sitemap: ${PUBLIC}sitemap.xml`), robots);
});

test('le schéma JSON a pour $id son adresse publique', () => {
  const schema = JSON.parse(readFileSync(join(site.dossier, 'donnees/schema/quartier.schema.json'), 'utf8'));
  assert.equal(schema.$id, `${PUBLIC}donnees/schema/quartier.schema.json`);
});

test('servi sous /sous-dossier/, la recherche « piscine » donne des résultats dont les liens répondent 200', { timeout: 120_000 }, async () => {
  serveur = await servir({ DIST_DIR: site.dossier, BASE_PATH: BASE, SITE_URL }, PORT);
  const racine = await fetch(`http://127.0.0.1:${PORT}/`, { redirect: 'manual' });
  assert.equal(racine.status, 302);
  assert.equal(racine.headers.get('location'), BASE);
  const json = await fetch(`${LOCAL}donnees/quartiers.json`);
  assert.equal(json.status, 200);
  assert.equal((await json.json()).quartiers.length, 21);

  navigateur = await chromium.launch(CHROMIUM);
  const page = await navigateur.newPage();
  const erreursPage: string[] = [];
  page.on('pageerror', (e) => erreursPage.push(e.message));
  page.on('console', (m) => m.type() === 'error' && erreursPage.push(m.text()));
  const echecs: string[] = [];
  page.on('response', (r) => r.status() >= 400 && echecs.push(`${r.status()} ${r.url()}`));

  await page.goto(`${LOCAL}recherche/?q=piscine`);
  const resultats = page.locator('#resultats > li');
  await resultats.first().waitFor({ timeout: 30_000 });
  assert.match((await page.locator('#etat').textContent()) ?? '', /\d+ résultats? pour « piscine »/);
  assert.ok((await resultats.count()) > 0);
  const hrefs = await page.locator('#resultats a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  assert.ok(hrefs.length > 0);

  const erreurs: string[] = [];
  for (const href of new Set(hrefs)) {
    if (!href.startsWith(LOCAL)) {
      erreurs.push(`${href} : hors de ${LOCAL}`);
      continue;
    }
    const reponse = await fetch(href.split('#')[0]!);
    if (reponse.status !== 200) erreurs.push(`${href} : ${reponse.status}`);
    const probleme = site.verifier('recherche/index.html', href.replace(`http://127.0.0.1:${PORT}`, ''));
    if (probleme) erreurs.push(`${href} : ${probleme}`);
  }
  aucuneErreur(erreurs, 'lien(s) de résultat fautif(s)');
  assert.deepEqual(echecs, [], 'requêtes en échec pendant la recherche');
  assert.deepEqual(erreursPage, [], 'erreurs JavaScript sur la page de recherche');
});
