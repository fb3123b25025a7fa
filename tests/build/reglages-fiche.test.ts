// The fiche with the publisher's settings: « Signaler une erreur » opens a prefilled message to PUBLISHER_CONTACT,
// and « page 69 » links to that page of the published PDF (its source's url and decalage_pages in territoire.yaml, here
// added to a copy of the content). Built into a temporary folder, served as a host would, read in Chromium. (Without
// settings: tests/e2e/fiche.spec.ts.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM, RACINE_PROJET, arreter, construire, servir } from './outils.ts';

const PORT = 4374;
const REGLAGES = { PUBLISHER_CONTACT: 'contact@exemple.fr', SITE_URL: 'https://quartiers.exemple.fr' };
let temporaire: string;
let serveur: ChildProcess | undefined;
let navigateur: Browser | undefined;

before(async () => {
  temporaire = mkdtempSync(join(tmpdir(), 'qpv-reglages-fiche-'));
  const dist = join(temporaire, 'dist');
  const contenu = join(temporaire, 'content');
  cpSync(join(RACINE_PROJET, 'tests/fixtures/lens-lievin'), contenu, { recursive: true });
  // The contract's PDF, published with 2 pages before its printed page 1.
  const fichier = join(contenu, 'territoire.yaml');
  const territoire = readFileSync(fichier, 'utf8');
  const avec = territoire.replace(/(  - id: contrat-de-ville-2015-2020\n)/, '$1    url: "https://exemple.fr/contrat-de-ville.pdf"\n    decalage_pages: 2\n');
  assert.notEqual(avec, territoire);
  writeFileSync(fichier, avec);
  construire(dist, { ...REGLAGES, CONTENT_DIR: contenu });
  serveur = await servir({ ...REGLAGES, DIST_DIR: dist }, PORT);
  navigateur = await chromium.launch(CHROMIUM);
}, { timeout: 10 * 60_000 });

after(async () => {
  await navigateur?.close();
  if (serveur) await arreter(serveur);
  if (temporaire) rmSync(temporaire, { recursive: true, force: true });
});

test('« Signaler une erreur » est un courriel prérempli avec le code, l’adresse de la page et un modèle', async () => {
  const page = await navigateur!.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/quartiers/qp062025/`);
  const liens = await page.locator('main a.signaler').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  assert.ok(liens.length >= 1);
  for (const href of liens) {
    const url = new URL(href);
    assert.equal(url.protocol, 'mailto:');
    assert.equal(url.pathname, 'contact@exemple.fr');
    assert.match(url.searchParams.get('subject')!, /QP062025/);
    const corps = url.searchParams.get('body')!;
    assert.match(corps, /Fiche : Grande Résidence \(QP062025\)/);
    assert.match(corps, /Adresse de la page : https:\/\/quartiers\.exemple\.fr\/quartiers\/qp062025\//);
    assert.match(corps, /Ce que dit la page :/);
    assert.match(corps, /Ce que dit le document source \(page 69/);
  }
  await page.close();
});

test('« page 69 » mène à la page 71 du PDF publié (2 pages avant la page 1 imprimée)', async () => {
  const page = await navigateur!.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/quartiers/qp062025/`);
  const source = page.locator('section[aria-labelledby="source"]');
  assert.equal(await source.getByRole('link', { name: 'page 69' }).first().getAttribute('href'), 'https://exemple.fr/contrat-de-ville.pdf#page=71');
  // The badly read table's notice points to the same page.
  const avis = page.locator('section[aria-labelledby="diagnostic"] .avertissement').first();
  assert.equal(await avis.getByRole('link', { name: 'page 69' }).getAttribute('href'), 'https://exemple.fr/contrat-de-ville.pdf#page=71');
  await page.goto(`http://127.0.0.1:${PORT}/signaler-une-erreur/`);
  assert.equal(await page.locator('main').getByRole('link', { name: 'contact@exemple.fr' }).getAttribute('href'), 'mailto:contact@exemple.fr');
  await page.close();
});
