// deploy/nginx.conf on a real nginx (Debian's; .ci/run installs it): a fresh build under /qpv/ served on a
// loopback port by an nginx started here in the foreground, with its files in a temporary folder (works as
// root or not). Headers as in public/_headers, gzip, cache rules, the 404 page, media types of the data,
// and a search in Chromium under the CSP. The server is stopped at the end.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { lireEntetes } from '../../src/lib/publication/entetes.ts';
import { CHROMIUM, RACINE_PROJET, construire, fichiers } from './outils.ts';

const PORT = 4381;
const BASE = '/qpv/';
const ORIGINE = `http://127.0.0.1:${PORT}`;
const EDITEUR = 'Atelier des données (essai)';
const NGINX = process.env.NGINX ?? ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find(existsSync);
assert.ok(NGINX, 'nginx introuvable : apt-get install nginx (.ci/run le fait), ou NGINX=/chemin/vers/nginx');

let temporaire: string;
let dist: string;
let principal: string;
let serveur: ChildProcess | undefined;
let journal = '';
let navigateur: Browser | undefined;

/** The site configuration of deploy/nginx.conf with its placeholders filled in. */
function configurationSite(racine: string): string {
  const texte = readFileSync(join(RACINE_PROJET, 'deploy/nginx.conf'), 'utf8')
    .replaceAll('@BASE@', BASE)
    .replaceAll('@RACINE@', racine)
    .replaceAll('@ECOUTE@', `127.0.0.1:${PORT}`);
  assert.doesNotMatch(texte.replace(/^\s*#.*$/gm, ''), /@[A-Z]+@/, 'paramètre non remplacé dans deploy/nginx.conf');
  return texte;
}

/** A main configuration of our own: foreground, every file nginx writes inside the temporary folder. */
function configurationPrincipale(dossier: string, site: string): string {
  const temp = (nom: string) => join(dossier, 'temp', nom);
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dossier, 'nginx.pid')};`,
    `error_log ${join(dossier, 'erreurs.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp(t)};`),
    `  include ${site};`,
    '}',
    '',
  ].join('\n');
}

before(async () => {
  temporaire = mkdtempSync(join(tmpdir(), 'qpv-nginx-'));
  // nginx's workers run as an unprivileged user when the tests run as root: they must be able to read the build.
  chmodSync(temporaire, 0o755);
  dist = join(temporaire, 'dist');
  construire(dist, { BASE_PATH: BASE, SITE_URL: ORIGINE, PUBLISHER_NAME: EDITEUR, PUBLISHER_CONTACT: 'donnees@exemple.test' });
  mkdirSync(join(temporaire, 'temp'));
  const site = join(temporaire, 'qpv.conf');
  writeFileSync(site, configurationSite(dist));
  principal = join(temporaire, 'nginx.conf');
  writeFileSync(principal, configurationPrincipale(temporaire, site));

  serveur = spawn(NGINX!, ['-p', temporaire, '-c', principal, '-e', 'stderr'], { stdio: ['ignore', 'pipe', 'pipe'] });
  serveur.stdout!.on('data', (d) => (journal += d));
  serveur.stderr!.on('data', (d) => (journal += d));
  const limite = Date.now() + 20_000;
  for (;;) {
    if (serveur.exitCode !== null) throw new Error(`nginx s'est arrêté (${serveur.exitCode}) :\n${journal}`);
    try {
      await obtenir(BASE);
      return;
    } catch {
      if (Date.now() > limite) throw new Error(`nginx ne répond pas sur le port ${PORT} :\n${journal}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}, { timeout: 5 * 60_000 });

after(async () => {
  await navigateur?.close();
  if (serveur && serveur.exitCode === null) {
    const fin = new Promise((r) => serveur!.once('exit', r));
    serveur.kill('SIGQUIT'); // graceful stop: the master ends its worker, then itself
    await fin;
  }
  if (temporaire) rmSync(temporaire, { recursive: true, force: true });
});

interface Reponse {
  statut: number;
  entetes: Record<string, string>;
  corps: Buffer;
}

/** A raw HTTP request (fetch would hide the Content-Encoding): the body is returned decompressed. */
function obtenir(chemin: string, entetes: Record<string, string> = { 'Accept-Encoding': 'gzip' }): Promise<Reponse> {
  return new Promise((resoudre, rejeter) => {
    request({ host: '127.0.0.1', port: PORT, path: chemin, headers: entetes }, (res) => {
      const morceaux: Buffer[] = [];
      res.on('data', (d: Buffer) => morceaux.push(d));
      res.on('end', () => {
        const brut = Buffer.concat(morceaux);
        resoudre({
          statut: res.statusCode ?? 0,
          entetes: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
          corps: res.headers['content-encoding'] === 'gzip' ? gunzipSync(brut) : brut,
        });
      });
    })
      .on('error', rejeter)
      .end();
  });
}

const CACHE_LONG = 'public, max-age=31536000, immutable';
const REVALIDER = 'public, max-age=0, must-revalidate';
const regles = lireEntetes(readFileSync(join(RACINE_PROJET, 'public/_headers'), 'utf8'));

/** The headers public/_headers gives to a path of the site (its rules are written for a site at the root). */
function entetesAttendues(chemin: string): Map<string, string> {
  const attendues = new Map<string, string>();
  for (const r of regles) if (r.correspond(`/${chemin.slice(BASE.length)}`)) for (const [k, v] of r.entetes) attendues.set(k.toLowerCase(), v);
  return attendues;
}

function memesEntetes(chemin: string, r: Reponse): void {
  const attendues = entetesAttendues(chemin);
  assert.ok(attendues.has('content-security-policy'), `_headers ne donne aucune CSP à ${chemin}`);
  for (const [nom, valeur] of attendues) assert.equal(r.entetes[nom], valeur, `${chemin} : en-tête ${nom}`);
  if (!attendues.has('cache-control')) assert.equal(r.entetes['cache-control'], REVALIDER, `${chemin} : Cache-Control`);
}

test('deploy/nginx.conf passe nginx -t sans avertissement', () => {
  const r = spawnSync(NGINX!, ['-t', '-p', temporaire, '-c', principal, '-e', 'stderr'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /\[(warn|emerg|alert|crit)\]/, r.stderr);
});

test('une page : les en-têtes de _headers, HTML compressé en gzip et revalidé à chaque visite', async () => {
  for (const chemin of [BASE, `${BASE}quartiers/qp062025/`, `${BASE}donnees/`]) {
    const r = await obtenir(chemin);
    assert.equal(r.statut, 200, chemin);
    assert.equal(r.entetes['content-type'], 'text/html; charset=utf-8', chemin);
    assert.equal(r.entetes['content-encoding'], 'gzip', chemin);
    assert.match(r.entetes.vary ?? '', /Accept-Encoding/i, chemin);
    assert.equal(r.entetes['x-content-type-options'], 'nosniff');
    assert.match(r.entetes['content-security-policy'] ?? '', /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(r.entetes['strict-transport-security'] ?? '', /^max-age=\d{8,}/);
    assert.equal(r.entetes['cross-origin-opener-policy'], 'same-origin');
    memesEntetes(chemin, r);
    assert.match(r.corps.toString('utf8'), /^<!DOCTYPE html>/i);
  }
  const sansGzip = await obtenir(BASE, {});
  assert.equal(sansGzip.entetes['content-encoding'], undefined, 'gzip envoyé à un client qui ne le demande pas');
});

test('les fichiers à empreinte sont gardés un an, les fichiers d’entrée sont revalidés', async () => {
  const feuille = fichiers(join(dist, 'assets'), '.css')[0];
  assert.ok(feuille, 'aucune feuille de style dans assets/');
  const css = await obtenir(`${BASE}assets/${feuille}`);
  assert.equal(css.statut, 200);
  assert.equal(css.entetes['cache-control'], CACHE_LONG);
  assert.equal(css.entetes['content-type'], 'text/css; charset=utf-8');
  assert.equal(css.entetes['content-encoding'], 'gzip');
  memesEntetes(`${BASE}assets/${feuille}`, css);

  const fragment = fichiers(join(dist, 'pagefind/fragment'), '.pf_fragment')[0];
  const meta = fichiers(join(dist, 'pagefind'), '.pf_meta')[0];
  const wasm = fichiers(join(dist, 'pagefind'), '.pagefind')[0];
  for (const [chemin, cache] of [
    [`pagefind/fragment/${fragment}`, CACHE_LONG],
    [`pagefind/${meta}`, CACHE_LONG],
    [`pagefind/${wasm}`, REVALIDER],
    ['pagefind/pagefind-entry.json', REVALIDER],
    ['pagefind/pagefind.js', REVALIDER],
  ] as const) {
    const r = await obtenir(`${BASE}${chemin}`);
    assert.equal(r.statut, 200, chemin);
    assert.equal(r.entetes['cache-control'], cache, chemin);
    memesEntetes(`${BASE}${chemin}`, r);
    if (/\.(pf_\w+|pagefind)$/.test(chemin)) {
      // Already gzip-compressed by Pagefind: served as bytes, not compressed again.
      assert.equal(r.entetes['content-type'], 'application/octet-stream', chemin);
      assert.equal(r.entetes['content-encoding'], undefined, chemin);
      assert.ok(r.corps.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b])), `${chemin} : pas compressé par Pagefind ?`);
    }
  }
  const entree = await obtenir(`${BASE}pagefind/pagefind.js`);
  assert.equal(entree.entetes['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(entree.entetes['content-encoding'], 'gzip');
});

test('une adresse inconnue répond 404 avec notre page, et un dossier sans barre finale est redirigé', async () => {
  const r = await obtenir(`${BASE}nexiste/pas/`);
  assert.equal(r.statut, 404);
  assert.equal(r.entetes['content-type'], 'text/html; charset=utf-8');
  assert.equal(r.corps.toString('utf8'), readFileSync(join(dist, '404.html'), 'utf8'));
  memesEntetes(`${BASE}404.html`, r);
  const dossier = await obtenir(`${BASE}donnees`);
  assert.equal(dossier.statut, 301);
  assert.equal(dossier.entetes.location, `${BASE}donnees/`);
});

test('les données ont leur type de média, en UTF-8, telles que construites, et s’ouvrent depuis une autre origine', async () => {
  for (const [fichier, type] of [
    ['donnees/quartiers.csv', 'text/csv; charset=utf-8'],
    ['donnees/equipements.csv', 'text/csv; charset=utf-8'],
    ['donnees/quartiers.json', 'application/json; charset=utf-8'],
    ['donnees/quartiers/qp062025.json', 'application/json; charset=utf-8'],
    ['donnees/schema/quartier.schema.json', 'application/json; charset=utf-8'],
    ['donnees/datapackage.json', 'application/json; charset=utf-8'],
    ['donnees/catalogue.jsonld', 'application/ld+json; charset=utf-8'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml; charset=utf-8'],
  ] as const) {
    const r = await obtenir(`${BASE}${fichier}`);
    assert.equal(r.statut, 200, fichier);
    assert.equal(r.entetes['content-type'], type, fichier);
    // gzip_min_length: files under 256 bytes are not worth compressing.
    assert.equal(r.entetes['content-encoding'], readFileSync(join(dist, fichier)).byteLength >= 256 ? 'gzip' : undefined, fichier);
    assert.ok(r.corps.equals(readFileSync(join(dist, fichier))), `${fichier} : contenu différent du fichier construit`);
    assert.equal(r.entetes['access-control-allow-origin'], fichier.startsWith('donnees/') ? '*' : undefined, fichier);
    memesEntetes(`${BASE}${fichier}`, r);
  }
});

test('le catalogue DCAT servi nomme l’éditeur des réglages, et chacune de ses distributions se télécharge', async () => {
  const catalogue = JSON.parse((await obtenir(`${BASE}donnees/catalogue.jsonld`)).corps.toString('utf8'));
  const jeu = catalogue['dcat:dataset'];
  assert.equal(jeu['dct:publisher']['foaf:name'], EDITEUR);
  assert.match(jeu['dct:bibliographicCitation']['@value'], new RegExp(`données transcrites par ${EDITEUR.replace(/[()]/g, '\\$&')}, mise à jour du `));
  for (const d of jeu['dcat:distribution']) {
    const url = new URL(d['dcat:downloadURL']['@id']);
    assert.equal(url.origin, ORIGINE);
    const r = await obtenir(url.pathname);
    assert.equal(r.statut, 200, url.pathname);
    assert.equal(r.entetes['content-type']?.split(';')[0], d['dcat:mediaType']['@id'].split('/media-types/')[1].replace('schema+json', 'json'), url.pathname);
    assert.equal(String(r.corps.byteLength), d['dcat:byteSize']['@value'], url.pathname);
  }
});

test('servie par nginx, la recherche « piscine » donne des résultats sans aucune violation de la CSP', { timeout: 90_000 }, async () => {
  navigateur = await chromium.launch(CHROMIUM);
  const page = await navigateur.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __violationsCsp: string[] };
    w.__violationsCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violationsCsp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const messages: string[] = [];
  page.on('console', (m) => m.type() === 'error' && messages.push(m.text()));
  page.on('pageerror', (e) => messages.push(e.message));
  const echecs: string[] = [];
  page.on('response', (r) => r.status() >= 400 && echecs.push(`${r.status()} ${r.url()}`));

  const reponse = await page.goto(`${ORIGINE}${BASE}recherche/?q=piscine`);
  assert.match(reponse?.headers()['content-security-policy'] ?? '', /wasm-unsafe-eval/);
  const etat = page.locator('#etat');
  await page.waitForFunction(() => /\d+ résultats?/.test(document.querySelector('#etat')?.textContent ?? ''), undefined, { timeout: 30_000 }).catch(async () => {
    assert.fail(`pas de résultat annoncé (« ${await etat.textContent()} ») ; ${messages.join(' ; ')}`);
  });
  const nombre = Number(/(\d+) résultats?/.exec((await etat.textContent()) ?? '')?.[1]);
  assert.ok(nombre > 0, `${nombre} résultat`);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __violationsCsp: string[] }).__violationsCsp), [], 'violations de la CSP');
  assert.deepEqual(messages, [], 'erreurs dans la console');
  assert.deepEqual(echecs, [], 'requêtes en échec');
});
