// The Content Security Policy of _headers, as the preview server applies it: the pages load without any
// violation, and the search runs (Pagefind's WebAssembly needs 'wasm-unsafe-eval', nothing more).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { normaliserBase } from '../../src/site.config.ts';
import { lireEntetes } from '../../src/lib/publication/entetes.ts';
import { CHROMIUM, DIST_DEFAUT, RACINE_PROJET, arreter, servir } from './outils.ts';

const PORT = 4372;
const BASE = normaliserBase(process.env.BASE_PATH);
const LOCAL = `http://127.0.0.1:${PORT}${BASE}`;

assert.ok(existsSync(join(DIST_DEFAUT, '_headers')), `${DIST_DEFAUT}/_headers manque : lancez d'abord npm run build:essais.`);

/** The CSP that _headers gives to a path, as a map of directive → sources. */
function politique(texte: string, chemin: string): Map<string, string[]> {
  const valeurs = lireEntetes(texte)
    .filter((r) => r.correspond(chemin))
    .flatMap((r) => r.entetes.filter(([k]) => k.toLowerCase() === 'content-security-policy').map(([, v]) => v));
  assert.equal(valeurs.length, 1, `une seule CSP attendue pour ${chemin}, trouvé ${valeurs.length}`);
  return new Map(
    valeurs[0]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([nom, ...sources]) => [nom!.toLowerCase(), sources]),
  );
}

let serveur: ChildProcess | undefined;
let navigateur: Browser | undefined;

before(async () => {
  serveur = await servir({ DIST_DIR: DIST_DEFAUT, BASE_PATH: BASE }, PORT);
  navigateur = await chromium.launch(CHROMIUM);
}, { timeout: 60_000 });

after(async () => {
  await navigateur?.close();
  await arreter(serveur);
});

test('_headers : script-src permet le WebAssembly de Pagefind mais aucun script en ligne ni eval', () => {
  for (const fichier of [join(RACINE_PROJET, 'public/_headers'), join(DIST_DEFAUT, '_headers')]) {
    const csp = politique(readFileSync(fichier, 'utf8'), `${BASE}recherche/`);
    const scripts = csp.get('script-src') ?? csp.get('default-src');
    assert.ok(scripts, `${fichier} : ni script-src ni default-src`);
    assert.ok(scripts.includes("'wasm-unsafe-eval'"), `${fichier} : 'wasm-unsafe-eval' absent de script-src`);
    assert.ok(!scripts.includes("'unsafe-inline'"), `${fichier} : 'unsafe-inline' dans script-src`);
    assert.ok(!scripts.includes("'unsafe-eval'"), `${fichier} : 'unsafe-eval' dans script-src`);
    assert.ok(!scripts.some((s) => s === '*' || /^(https?|data|blob):?$/.test(s)), `${fichier} : script-src trop large (${scripts.join(' ')})`);
    assert.ok(!(csp.get('style-src') ?? []).includes("'unsafe-inline'"), `${fichier} : 'unsafe-inline' dans style-src`);
    assert.deepEqual(csp.get('object-src'), ["'none'"]);
    assert.ok(csp.has('frame-ancestors'));
  }
});

interface Releve {
  page: Page;
  console: string[];
  erreurs: string[];
  violations: () => Promise<string[]>;
}

/** Opens a page that records every CSP violation: console messages and securitypolicyviolation events. */
async function ouvrir(chemin: string): Promise<Releve & { csp: string | undefined; statut: number | undefined }> {
  const page = await navigateur!.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __violationsCsp: string[] };
    w.__violationsCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violationsCsp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const releve: Releve = {
    page,
    console: [],
    erreurs: [],
    violations: () => page.evaluate(() => (window as unknown as { __violationsCsp: string[] }).__violationsCsp),
  };
  page.on('console', (m) => /Content Security Policy|Content-Security-Policy/i.test(m.text()) && releve.console.push(m.text()));
  page.on('pageerror', (e) => releve.erreurs.push(e.message));
  const reponse = await page.goto(`${LOCAL}${chemin}`, { waitUntil: 'load' });
  return { ...releve, csp: reponse?.headers()['content-security-policy'], statut: reponse?.status() };
}

async function sansViolation(r: Releve, chemin: string): Promise<void> {
  await r.page.waitForLoadState('networkidle');
  assert.deepEqual(await r.violations(), [], `${chemin} : événements securitypolicyviolation`);
  assert.deepEqual(r.console, [], `${chemin} : messages CSP dans la console`);
  assert.deepEqual(r.erreurs, [], `${chemin} : erreurs JavaScript`);
}

for (const [nom, chemin] of [
  ['l’accueil', ''],
  ['une fiche', 'quartiers/qp062025/'],
  ['l’index des équipements', 'equipements/'],
] as const) {
  test(`${nom} se charge sous la CSP sans violation`, { timeout: 60_000 }, async () => {
    const r = await ouvrir(chemin);
    try {
      assert.equal(r.statut, 200);
      assert.match(r.csp ?? '', /script-src/, 'le serveur de prévisualisation doit appliquer la CSP de _headers');
      assert.equal(await r.page.locator('h1').count(), 1);
      assert.ok(await r.page.evaluate(() => document.styleSheets.length > 0 && getComputedStyle(document.body).fontFamily !== ''), 'feuille de style non appliquée');
      await sansViolation(r, chemin);
    } finally {
      await r.page.close();
    }
  });
}

test('la recherche affiche des résultats sous la CSP (WebAssembly de Pagefind compris), sans violation', { timeout: 60_000 }, async () => {
  const r = await ouvrir('recherche/?q=piscine');
  try {
    assert.match(r.csp ?? '', /wasm-unsafe-eval/);
    await r.page
      .locator('#resultats > li a')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (err: Error) => {
        const etat = await r.page.locator('#etat').textContent();
        assert.fail(`aucun résultat affiché (« ${etat} ») ; violations : ${JSON.stringify([...(await r.violations()), ...r.console])} ; ${err.message}`);
      });
    assert.match((await r.page.locator('#etat').textContent()) ?? '', /\d+ résultats? pour « piscine »/);
    assert.ok((await r.page.locator('#filtres fieldset').count()) > 0, 'les filtres ne sont pas dessinés');
    await sansViolation(r, 'recherche/?q=piscine');
  } finally {
    await r.page.close();
  }
});

test('le relevé voit bien une violation : un script en ligne injecté est bloqué et signalé', { timeout: 60_000 }, async () => {
  const r = await ouvrir('');
  try {
    const execute = await r.page.evaluate(async () => {
      const w = window as unknown as { __enLigne?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.__enLigne = true;';
      document.body.append(s);
      await new Promise((ok) => setTimeout(ok, 200));
      return w.__enLigne === true;
    });
    assert.equal(execute, false, 'un script en ligne a été exécuté : la CSP n’est pas appliquée');
    assert.ok((await r.violations()).some((v) => v.startsWith('script-src')), 'aucun événement securitypolicyviolation relevé');
    assert.ok(r.console.length > 0, 'aucun message CSP relevé dans la console');
  } finally {
    await r.page.close();
  }
});
