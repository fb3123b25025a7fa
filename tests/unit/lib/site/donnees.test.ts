import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attendreFichier, ecrireContenuValide, FICHIER_CONTENU_VALIDE, lireContenuValide } from '../../../../src/lib/site/contenu-valide.ts';
import { contenuValide, donnees, modeleDe } from '../../../../src/lib/site/donnees.ts';

const dossier = mkdtempSync(join(tmpdir(), 'donnees-'));
test.after(() => rmSync(dossier, { recursive: true, force: true }));
const contenu = contenuValide('tests/fixtures/lens-lievin');

test('le contenu validé passe par son fichier sans rien perdre ni changer', () => {
  const fichier = join(dossier, 'aller-retour');
  ecrireContenuValide(fichier, contenu);
  assert.equal(existsSync(`${fichier}.partiel`), false);
  const relu = lireContenuValide(fichier);
  assert.deepStrictEqual(relu, contenu);
  assert.deepStrictEqual(modeleDe(relu), modeleDe(contenu));
});

test('avec le fichier de la construction, donnees() rend ce contenu sans relire le YAML', () => {
  const fichier = join(dossier, 'construction');
  // One fiche only, and a content folder that does not exist: the model can only come from the file.
  ecrireContenuValide(fichier, { ...contenu, quartiers: contenu.quartiers.slice(0, 1), programmes: [] });
  process.env[FICHIER_CONTENU_VALIDE] = fichier;
  process.env.CONTENT_DIR = join(dossier, 'absent');
  const m = donnees();
  assert.deepEqual(m.quartiers.map((q) => q.code), [contenu.quartiers[0]!.code]);
  assert.equal(donnees(), m, 'le modèle est construit une fois par processus');
});

test('Astro attend le fichier que la validation, lancée en même temps, écrit', async () => {
  const fichier = join(dossier, 'plus-tard');
  // Another process writes it, as the validation does: this one is blocked while it waits.
  const ecrivain = spawn(process.execPath, ['-e', `setTimeout(() => require('node:fs').writeFileSync(${JSON.stringify(fichier)}, 'x'), 300)`]);
  const debut = Date.now();
  attendreFichier(fichier);
  assert.ok(existsSync(fichier));
  assert.ok(Date.now() - debut >= 200, `${Date.now() - debut} ms`);
  await new Promise((ok) => ecrivain.once('exit', ok));
});
