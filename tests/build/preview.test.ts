// scripts/preview.ts, the static server the browser checks run against: base path, headers of _headers,
// redirects, 404 page, and requests that must neither crash it nor read outside the served folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { arreter, servir } from './outils.ts';

const PORT = 4373;
const ORIGINE = `http://127.0.0.1:${PORT}`;
let temporaire: string;
let serveur: ChildProcess | undefined;

before(async () => {
  temporaire = mkdtempSync(join(tmpdir(), 'qpv-preview-'));
  const site = join(temporaire, 'site');
  mkdirSync(join(site, 'a'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<p>accueil</p>');
  writeFileSync(join(site, 'a/index.html'), '<p>page a</p>');
  writeFileSync(join(site, '404.html'), '<p>introuvable</p>');
  writeFileSync(join(site, 'donnees.json'), '{}');
  writeFileSync(join(site, '_headers'), '# essai\n/*\n  X-Essai: oui\n/base/a/*\n  X-Page-A: oui\n');
  // A sibling folder whose name starts like the served one: it must stay out of reach.
  mkdirSync(join(temporaire, 'site-secret'));
  writeFileSync(join(temporaire, 'site-secret/secret.txt'), 'secret');
  serveur = await servir({ DIST_DIR: site, BASE_PATH: 'base' }, PORT);
});

after(async () => {
  await arreter(serveur);
  if (temporaire) rmSync(temporaire, { recursive: true, force: true });
});

const obtenir = (chemin: string) => fetch(`${ORIGINE}${chemin}`, { redirect: 'manual' });

test('sert les fichiers sous le chemin de base avec les en-têtes de _headers', async () => {
  const accueil = await obtenir('/base/');
  assert.equal(accueil.status, 200);
  assert.equal(await accueil.text(), '<p>accueil</p>');
  assert.equal(accueil.headers.get('x-essai'), 'oui');
  assert.equal(accueil.headers.get('x-page-a'), null);
  assert.match(accueil.headers.get('content-type') ?? '', /^text\/html/);
  const a = await obtenir('/base/a/');
  assert.equal(a.headers.get('x-page-a'), 'oui');
  const json = await obtenir('/base/donnees.json');
  assert.match(json.headers.get('content-type') ?? '', /^application\/json/);
});

test('redirige hors de la base vers la base, et un dossier sans barre finale vers sa forme avec barre', async () => {
  const racine = await obtenir('/');
  assert.equal(racine.status, 302);
  assert.equal(racine.headers.get('location'), '/base/');
  const dossier = await obtenir('/base/a?q=1');
  assert.equal(dossier.status, 301);
  assert.equal(dossier.headers.get('location'), '/base/a/?q=1');
});

test('répond 404 avec la page 404.html pour une adresse inconnue', async () => {
  const r = await obtenir('/base/nexiste/pas/');
  assert.equal(r.status, 404);
  assert.equal(await r.text(), '<p>introuvable</p>');
  assert.equal(r.headers.get('x-essai'), 'oui');
});

test('une adresse mal encodée reçoit 400 et le serveur continue de répondre', async () => {
  const r = await obtenir('/base/%E0%A4%A');
  assert.equal(r.status, 400);
  assert.equal((await obtenir('/base/')).status, 200);
});

test('ne sert rien hors du dossier servi, même un dossier voisin au nom semblable', async () => {
  for (const chemin of ['/base/..%2fsite-secret/secret.txt', '/base/..%2f..%2fsite-secret%2fsecret.txt', '/base/%2e%2e/site-secret/secret.txt', '/base/..%2f..%2f..%2fetc%2fpasswd']) {
    const r = await obtenir(chemin);
    const corps = await r.text();
    assert.notEqual(corps, 'secret', chemin);
    assert.ok(r.status === 404 || r.status === 302, `${chemin} : ${r.status}`);
  }
});
