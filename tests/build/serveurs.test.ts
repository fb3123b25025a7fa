// deploy/nginx.conf and deploy/apache.htaccess on real servers (Debian's nginx and Apache; .ci/run installs
// them): one fresh build under /qpv/, served on loopback ports by an nginx and an Apache started here in
// the foreground, with every file they write in a temporary folder (works as root or not). For each:
// headers as in public/_headers, gzip, cache rules, the 404 page, media types of the data, the DCAT
// catalogue, and a search in Chromium under the CSP. Both servers are stopped at the end.
import { after, before, describe, test } from 'node:test';
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

const BASE = '/qpv/';
const EDITEUR = 'Atelier des données (essai)';
const premier = (...chemins: string[]) => chemins.find(existsSync);

let temporaire: string;
/** The build, at www/qpv/ so that a server whose document root is www/ serves it under /qpv/. */
let dist: string;
let navigateur: Browser | undefined;

before(() => {
  temporaire = mkdtempSync(join(tmpdir(), 'qpv-serveurs-'));
  // The servers' workers run as an unprivileged user when the tests run as root: they must read the build.
  chmodSync(temporaire, 0o755);
  dist = join(temporaire, 'www', BASE);
  // Absolute addresses point at the nginx port: the catalogue test downloads them from each server by path.
  construire(dist, { BASE_PATH: BASE, SITE_URL: 'http://127.0.0.1:4381', PUBLISHER_NAME: EDITEUR, PUBLISHER_CONTACT: 'donnees@exemple.test' });
}, { timeout: 5 * 60_000 });

after(async () => {
  await navigateur?.close();
  if (temporaire) rmSync(temporaire, { recursive: true, force: true });
});

/** A deploy/ file with its placeholders filled in; none may be left. */
function remplir(fichier: string, valeurs: Record<string, string>): string {
  let texte = readFileSync(join(RACINE_PROJET, 'deploy', fichier), 'utf8');
  for (const [cle, valeur] of Object.entries(valeurs)) texte = texte.replaceAll(`@${cle}@`, valeur);
  assert.doesNotMatch(texte.replace(/^\s*#.*$/gm, ''), /@[A-Z]+@/, `paramètre non remplacé dans deploy/${fichier}`);
  return texte;
}

interface Serveur {
  nom: string;
  port: number;
  binaire: string | undefined;
  /** Writes the configuration into `dossier`; returns the arguments that start the server in the foreground, and those that check the configuration. */
  configurer(dossier: string, port: number): { demarrer: string[]; verifier: string[] };
  /** Signal for a graceful stop. */
  arret: NodeJS.Signals;
  /** Files smaller than this are sent uncompressed. */
  gzipMin: number;
}

const SERVEURS: Serveur[] = [
  {
    nom: 'nginx',
    port: 4381,
    binaire: process.env.NGINX ?? premier('/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'),
    configurer(dossier, port) {
      const site = join(dossier, 'qpv.conf');
      writeFileSync(site, remplir('nginx.conf', { BASE, RACINE: dist.replace(/\/$/, ''), ECOUTE: `127.0.0.1:${port}` }));
      const temp = (nom: string) => join(dossier, 'temp', nom);
      mkdirSync(join(dossier, 'temp'));
      const principal = join(dossier, 'nginx.conf');
      writeFileSync(principal, [
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
      ].join('\n'));
      const commun = ['-p', dossier, '-c', principal, '-e', 'stderr'];
      return { demarrer: commun, verifier: ['-t', ...commun] };
    },
    arret: 'SIGQUIT',
    gzipMin: 256,
  },
  {
    nom: 'Apache',
    port: 4382,
    binaire: process.env.APACHE ?? premier('/usr/sbin/apache2', '/usr/sbin/httpd', '/usr/local/apache2/bin/httpd'),
    configurer(dossier, port) {
      writeFileSync(join(dist, '.htaccess'), remplir('apache.htaccess', { BASE }));
      const modules = process.env.APACHE_MODULES ?? premier('/usr/lib/apache2/modules', '/usr/lib64/httpd/modules', '/usr/local/apache2/modules');
      assert.ok(modules, 'dossier des modules d’Apache introuvable : APACHE_MODULES=/chemin');
      const www = join(temporaire, 'www');
      const principal = join(dossier, 'httpd.conf');
      writeFileSync(principal, [
        `ServerRoot "${dossier}"`,
        'ServerName 127.0.0.1',
        `Listen 127.0.0.1:${port}`,
        `PidFile "${join(dossier, 'httpd.pid')}"`,
        `DefaultRuntimeDir "${dossier}"`,
        `ErrorLog "${join(dossier, 'erreurs.log')}"`,
        'LogLevel warn',
        ...['mpm_event', 'authz_core', 'dir', 'alias', 'mime', 'headers', 'deflate', 'filter', 'setenvif'].map((m) => `LoadModule ${m}_module "${modules}/mod_${m}.so"`),
        // Our .htaccess gives every type the site uses: no system list is needed.
        'TypesConfig /dev/null',
        ...(process.getuid?.() === 0 ? ['User #65534', 'Group #65534'] : []),
        `DocumentRoot "${www}"`,
        `<Directory "${www}">`,
        '  AllowOverride All',
        '  Require all granted',
        '</Directory>',
        '',
      ].join('\n'));
      return { demarrer: ['-f', principal, '-DFOREGROUND'], verifier: ['-t', '-f', principal] };
    },
    arret: 'SIGTERM',
    gzipMin: 0,
  },
];

interface Reponse {
  statut: number;
  entetes: Record<string, string>;
  corps: Buffer;
}

/** A raw HTTP request (fetch would hide the Content-Encoding): the body is returned decompressed. */
function obtenir(port: number, chemin: string, entetes: Record<string, string> = { 'Accept-Encoding': 'gzip' }): Promise<Reponse> {
  return new Promise((resoudre, rejeter) => {
    request({ host: '127.0.0.1', port, path: chemin, headers: entetes }, (res) => {
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
  if (!attendues.has('access-control-allow-origin')) assert.equal(r.entetes['access-control-allow-origin'], undefined, `${chemin} : CORS`);
}

for (const s of SERVEURS) {
  describe(`${s.nom} (deploy/)`, () => {
    let processus: ChildProcess | undefined;
    let journal = '';
    let dossier: string;
    let verifier: string[];
    const origine = `http://127.0.0.1:${s.port}`;
    const get = (chemin: string, entetes?: Record<string, string>) => obtenir(s.port, chemin, entetes);

    before(async () => {
      assert.ok(s.binaire, `${s.nom} introuvable : installez-le (.ci/run le fait : apt-get install nginx apache2-bin)`);
      dossier = mkdtempSync(join(temporaire, `${s.nom.toLowerCase()}-`));
      chmodSync(dossier, 0o755);
      const { demarrer, verifier: v } = s.configurer(dossier, s.port);
      verifier = v;
      processus = spawn(s.binaire!, demarrer, { stdio: ['ignore', 'pipe', 'pipe'] });
      processus.stdout!.on('data', (d) => (journal += d));
      processus.stderr!.on('data', (d) => (journal += d));
      const limite = Date.now() + 20_000;
      for (;;) {
        if (processus.exitCode !== null) throw new Error(`${s.nom} s'est arrêté (${processus.exitCode}) :\n${journal}`);
        try {
          await get(BASE);
          return;
        } catch {
          if (Date.now() > limite) throw new Error(`${s.nom} ne répond pas sur le port ${s.port} :\n${journal}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    });

    after(async () => {
      if (processus && processus.exitCode === null && processus.signalCode === null) {
        const fin = new Promise((r) => processus!.once('exit', r));
        processus.kill(s.arret); // graceful stop: the master ends its workers, then itself
        await fin;
      }
      await assert.rejects(get(BASE), `${s.nom} répond encore après son arrêt`);
    });

    test('la configuration passe la vérification du serveur sans avertissement', () => {
      const r = spawnSync(s.binaire!, verifier, { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /\[(warn|emerg|alert|crit)\]|AH\d+:/, r.stderr);
    });

    test('une page : les en-têtes de _headers, HTML compressé en gzip et revalidé à chaque visite', async () => {
      for (const chemin of [BASE, `${BASE}quartiers/qp062025/`, `${BASE}donnees/`]) {
        const r = await get(chemin);
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
      const sansGzip = await get(BASE, {});
      assert.equal(sansGzip.entetes['content-encoding'], undefined, 'gzip envoyé à un client qui ne le demande pas');
    });

    test('les fichiers à empreinte sont gardés un an, les fichiers d’entrée sont revalidés', async () => {
      const feuille = fichiers(join(dist, 'assets'), '.css')[0];
      assert.ok(feuille, 'aucune feuille de style dans assets/');
      const css = await get(`${BASE}assets/${feuille}`);
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
        const r = await get(`${BASE}${chemin}`);
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
      const entree = await get(`${BASE}pagefind/pagefind.js`);
      assert.equal(entree.entetes['content-type'], 'text/javascript; charset=utf-8');
      assert.equal(entree.entetes['content-encoding'], 'gzip');
    });

    test('une adresse inconnue répond 404 avec notre page, et un dossier sans barre finale est redirigé', async () => {
      const r = await get(`${BASE}nexiste/pas/`);
      assert.equal(r.statut, 404);
      assert.equal(r.entetes['content-type'], 'text/html; charset=utf-8');
      assert.equal(r.corps.toString('utf8'), readFileSync(join(dist, '404.html'), 'utf8'));
      memesEntetes(`${BASE}404.html`, r);
      const dossierSansBarre = await get(`${BASE}donnees`);
      assert.equal(dossierSansBarre.statut, 301);
      assert.equal(new URL(dossierSansBarre.entetes.location ?? '', origine).href, `${origine}${BASE}donnees/`);
    });

    test('un code de quartier tapé en capitales, tel qu’imprimé, mène à sa fiche', async () => {
      /** Follows the redirects (at most 3), keeping the query string; returns the last answer and its path. */
      const suivre = async (chemin: string) => {
        let r = await get(chemin);
        for (let i = 0; i < 3 && r.statut === 301; i++) r = await get((chemin = new URL(r.entetes.location ?? '', `${origine}${chemin}`).pathname + new URL(r.entetes.location ?? '', origine).search));
        return { r, chemin };
      };
      const fiche = readFileSync(join(dist, 'quartiers/qp062019/index.html'), 'utf8');
      for (const [tape, arrivee] of [
        ['quartiers/QP062019/', 'quartiers/qp062019/'],
        ['quartiers/QP062019', 'quartiers/qp062019/'],
        ['quartiers/Qp062019/?depuis=affiche', 'quartiers/qp062019/?depuis=affiche'],
        ['quartiers/qp062019/', 'quartiers/qp062019/'],
      ]) {
        const { r, chemin } = await suivre(`${BASE}${tape}`);
        assert.equal(r.statut, 200, tape);
        assert.equal(chemin, `${BASE}${arrivee}`, tape);
        assert.equal(r.corps.toString('utf8'), fiche, tape);
      }
      const premiere = await get(`${BASE}quartiers/QP062019/`);
      assert.equal(premiere.statut, 301);
      memesEntetes(`${BASE}quartiers/qp062019/`, premiere);
      // 2024 codes (« QN », the département, a letter) and Corsica's: only their capitals change.
      for (const [tape, vers] of [['QN06201Z/', 'qn06201z/'], ['QN02A01B/', 'qn02a01b/']]) {
        const r = await get(`${BASE}quartiers/${tape}`);
        assert.equal(r.statut, 301, tape);
        assert.equal(new URL(r.entetes.location ?? '', origine).pathname, `${BASE}quartiers/${vers}`, tape);
      }
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
        const r = await get(`${BASE}${fichier}`);
        assert.equal(r.statut, 200, fichier);
        assert.equal(r.entetes['content-type'], type, fichier);
        if (readFileSync(join(dist, fichier)).byteLength >= Math.max(s.gzipMin, 256)) assert.equal(r.entetes['content-encoding'], 'gzip', fichier);
        assert.ok(r.corps.equals(readFileSync(join(dist, fichier))), `${fichier} : contenu différent du fichier construit`);
        assert.equal(r.entetes['access-control-allow-origin'], fichier.startsWith('donnees/') ? '*' : undefined, fichier);
        memesEntetes(`${BASE}${fichier}`, r);
      }
    });

    test('le catalogue DCAT servi nomme l’éditeur des réglages, et chacune de ses distributions se télécharge', async () => {
      const catalogue = JSON.parse((await get(`${BASE}donnees/catalogue.jsonld`)).corps.toString('utf8'));
      const jeu = catalogue['dcat:dataset'];
      assert.equal(jeu['dct:publisher']['foaf:name'], EDITEUR);
      assert.ok(jeu['dct:bibliographicCitation']['@value'].includes(`données transcrites (éditeur : ${EDITEUR}), mise à jour du `));
      for (const d of jeu['dcat:distribution']) {
        const url = new URL(d['dcat:downloadURL']['@id']);
        assert.equal(url.origin, 'http://127.0.0.1:4381');
        const r = await get(url.pathname);
        assert.equal(r.statut, 200, url.pathname);
        const annonce = d['dcat:mediaType']['@id'].split('/media-types/')[1];
        // The schema's own type (application/schema+json) is sent as the JSON it is, by extension.
        assert.equal(r.entetes['content-type']?.split(';')[0], annonce === 'application/schema+json' ? 'application/json' : annonce, url.pathname);
        assert.equal(String(r.corps.byteLength), d['dcat:byteSize']['@value'], url.pathname);
      }
    });

    test('la recherche « piscine » donne des résultats sans aucune violation de la CSP', { timeout: 90_000 }, async () => {
      navigateur ??= await chromium.launch(CHROMIUM);
      const page = await navigateur.newPage();
      try {
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

        const reponse = await page.goto(`${origine}${BASE}recherche/?q=piscine`);
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
      } finally {
        await page.close();
      }
    });
  });
}
