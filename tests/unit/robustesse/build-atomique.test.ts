// Atomic build: a build that fails, at validation or inside Astro, leaves the previous site exactly as it was
// (or no site at all when there was none) and no scratch folder behind. Only a build that succeeds replaces it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { avecVerrouAstro, dossierTemporaire, executer, FIXTURES, type Execution } from './outils.ts';

const VALIDE = join(FIXTURES, 'valides', 'guillemets');
const INVALIDE = join(FIXTURES, 'invalides', 'cle-inconnue');
const MARQUEUR = 'marqueur-robustesse.txt';

const racine = dossierTemporaire('atomique');
const dist = join(racine, 'dist');
after(() => rmSync(racine, { recursive: true, force: true }));

const construire = (env: Record<string, string>): Promise<Execution> => avecVerrouAstro(() => executer('build.ts', env));
/** Fails in the Astro step, while the validation passes. */
const echecAstro = (sortie: string) => construire({ CONTENT_DIR: VALIDE, DIST_DIR: sortie, NODE_OPTIONS: `--require=${join(import.meta.dirname, 'astro-en-echec.cjs')}` });
const echecReglages = (sortie: string) => construire({ CONTENT_DIR: VALIDE, DIST_DIR: sortie, SITE_URL: 'pas une url' });
const echecValidation = (sortie: string) => construire({ CONTENT_DIR: INVALIDE, DIST_DIR: sortie });

/** Every file of a folder with the hash of its content. */
function empreinte(dossier: string): Map<string, string> {
  return new Map(
    readdirSync(dossier, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const chemin = join(e.parentPath, e.name);
        return [relative(dossier, chemin), createHash('sha256').update(readFileSync(chemin)).digest('hex')] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function sansRestes(sortie: string) {
  assert.equal(existsSync(`${sortie}.partiel`), false, `${sortie}.partiel est resté`);
  assert.equal(existsSync(`${sortie}.ancien`), false, `${sortie}.ancien est resté`);
}

let avant: Map<string, string>;
let accueil: string;

before(async () => {
  const r = await construire({ CONTENT_DIR: VALIDE, DIST_DIR: dist });
  assert.equal(r.code, 0, `la première construction a échoué :\n${r.stdout}\n${r.stderr}`);
  writeFileSync(join(dist, MARQUEUR), `posé par build-atomique.test.ts à ${new Date().toISOString()}\n`);
  accueil = readFileSync(join(dist, 'index.html'), 'utf8');
  avant = empreinte(dist);
  assert.ok(avant.size > 10, `site de ${avant.size} fichiers seulement`);
});

test('un contenu invalide arrête la construction sans toucher au site précédent', async () => {
  // A scratch folder left by an interrupted build must not survive either.
  mkdirSync(`${dist}.partiel`);
  writeFileSync(join(`${dist}.partiel`, 'index.html'), 'reste d’une construction interrompue');
  const r = await echecValidation(dist);
  assert.notEqual(r.code, 0, r.stdout);
  assert.match(r.stderr, /construction arrêtée/);
  assert.match(r.stderr, /n'a pas été modifié/);
  assert.ok(existsSync(join(dist, MARQUEUR)), 'le marqueur a disparu');
  assert.equal(readFileSync(join(dist, 'index.html'), 'utf8'), accueil);
  assert.deepEqual(empreinte(dist), avant);
  sansRestes(dist);
});

test('un échec pendant la construction Astro ne touche pas au site précédent', async () => {
  const r = await echecAstro(dist);
  assert.notEqual(r.code, 0, r.stdout);
  assert.match(r.stderr, /La construction Astro a échoué/);
  assert.ok(existsSync(join(dist, MARQUEUR)), 'le marqueur a disparu');
  assert.equal(readFileSync(join(dist, 'index.html'), 'utf8'), accueil);
  assert.deepEqual(empreinte(dist), avant);
  sansRestes(dist);
});

test('un réglage mal écrit arrête la construction en le nommant, sans toucher au site précédent', async () => {
  const r = await echecReglages(dist);
  assert.notEqual(r.code, 0, r.stdout);
  assert.match(r.stderr, /SITE_URL : « pas une url » n'est pas une adresse web complète/);
  // The message alone, not Node's stack of where the setting was read.
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.match(r.stderr, /n'a pas été modifié/);
  assert.deepEqual(empreinte(dist), avant);
  sansRestes(dist);
});

test('sans site précédent, une construction qui échoue ne crée aucun dossier', async () => {
  for (const [quoi, echouer] of [
    ['validation', echecValidation],
    ['Astro', echecAstro],
  ] as const) {
    const sortie = join(racine, `jamais-construit-${quoi}`);
    const r = await echouer(sortie);
    assert.notEqual(r.code, 0, `${quoi} : ${r.stdout}`);
    assert.equal(existsSync(sortie), false, `${quoi} : ${sortie} a été créé`);
    sansRestes(sortie);
  }
});

test('une construction réussie remplace le site entier (le marqueur disparaît) sans rien laisser à côté', async () => {
  const r = await construire({ CONTENT_DIR: VALIDE, DIST_DIR: dist });
  assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
  assert.equal(existsSync(join(dist, MARQUEUR)), false, 'le marqueur est resté : le site n’a pas été remplacé');
  assert.ok(existsSync(join(dist, 'index.html')));
  sansRestes(dist);
});
