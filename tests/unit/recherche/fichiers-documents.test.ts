import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob, relative } from 'node:path';
import { documentsRecherche } from '../../../src/lib/recherche/documents.ts';
import { ecrireDocuments, FICHIERS_DOCUMENTS } from '../../../src/lib/recherche/fichiers-documents.ts';
import { modele } from './modele-exemple.ts';

test('chaque document est écrit au chemin de son adresse, et Pagefind lit ces fichiers et eux seuls', () => {
  const dossier = mkdtempSync(join(tmpdir(), 'qpv-documents-'));
  try {
    const documents = [...documentsRecherche(modele)];
    ecrireDocuments(dossier, documents);
    for (const d of documents) assert.equal(readFileSync(join(dossier, d.url), 'utf8'), d.content, d.url);
    // Pagefind's glob takes every file written (its address is its path) and no folder, which it would try to read.
    const entrees = readdirSync(dossier, { recursive: true, withFileTypes: true }).map((e) => ({ chemin: relative(dossier, join(e.parentPath, e.name)), fichier: e.isFile() }));
    assert.deepEqual(entrees.filter((e) => matchesGlob(e.chemin, FICHIERS_DOCUMENTS)).map((e) => `/${e.chemin}`).sort(), documents.map((d) => d.url).sort());
    assert.ok(entrees.filter((e) => !e.fichier).every((e) => !matchesGlob(e.chemin, FICHIERS_DOCUMENTS)));
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
});

test('un document sans ancre dans son adresse est refusé : son fichier aurait le nom d’un dossier de pages', () => {
  assert.throws(() => ecrireDocuments(tmpdir(), [{ url: '/communes/lens/', content: '' }]), /\/communes\/lens\/ : l'adresse d'un document de recherche se termine par une ancre/);
});
