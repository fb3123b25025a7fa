// npm run verifier-sources -- <folder>, on the made-up Douaisis territory and its made-up document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validerContenu } from '../../src/lib/content/valider.ts';
import { bloquants } from '../../src/lib/content/probleme.ts';

const RACINE = resolve(import.meta.dirname, '../..');
const verifier = (contenu: string, dossier: string) =>
  spawnSync(process.execPath, ['scripts/verifier-sources.ts', dossier], { cwd: RACINE, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contenu } });

test('chaque texte est cherché dans les documents nommés ; les absents sont listés par fichier et champ, et le relevé écrit', () => {
  const racine = mkdtempSync(join(tmpdir(), 'verifier-sources-'));
  const contenu = join(racine, 'contenu');
  try {
    cpSync(join(RACINE, 'tests/fixtures/territoire-exemple-douaisis'), contenu, { recursive: true });
    assert.equal(existsSync(join(contenu, 'verification-sources.json')), false);
    const r = verifier(contenu, 'tests/fixtures/sources-douaisis');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^contrat-de-ville-2024-2030 : contrat-de-ville\.txt$/m);
    assert.match(r.stdout, /^annexe-fictive : annexe\.pdf$/m);
    assert.match(r.stdout, /^programmes-fictifs : pas de fichier .* non vérifié$/m);
    // The one text the made-up document words otherwise (« imaginaire » is not in it); accents, hyphens, quotes, case and line breaks pass.
    const absents = r.stdout.split('\n').filter((l) => l.includes('.yaml: '));
    assert.deepEqual(absents.map((l) => l.replace(/^.*\/contenu\//, '')), [
      'quartiers/qn05901m.yaml: diagnostics.0.piliers.0.perspectives.0: « Ouvrir un atelier de réparation de vélos imaginaire »',
    ]);
    // territoire.yaml holds the publisher's declarations (documents' titles, the fiche model's labels), not transcriptions.
    assert.doesNotMatch(r.stdout, /territoire\.yaml: /);
    const releve = JSON.parse(readFileSync(join(contenu, 'verification-sources.json'), 'utf8'));
    assert.equal(releve.date, new Date().toISOString().slice(0, 10));
    // « Cité des Peupliers (exemple fictif) » is only in the PDF, read by pdftotext.
    assert.deepEqual([releve.textes, releve.trouves, releve.absents.length], [10, 9, 1]);
    assert.deepEqual(releve.documents, [{ id: 'contrat-de-ville-2024-2030', fichier: 'contrat-de-ville.txt' }, { id: 'annexe-fictive', fichier: 'annexe.pdf' }]);
    assert.deepEqual(releve.non_verifies, ['programmes-fictifs']);
    // The record is part of the content: validated with it, and handed to the site.
    const { contenu: lu, problemes } = validerContenu(contenu, racine);
    assert.deepEqual(bloquants(problemes), []);
    assert.equal(lu.verification?.trouves, 9);
    assert.ok(!releve.absents.some((a: { texte: string }) => a.texte.includes('Peupliers')));
  } finally {
    rmSync(racine, { recursive: true, force: true });
  }
});

test('un document nommé mais absent du dossier arrête tout, en le nommant', () => {
  const r = verifier('tests/fixtures/territoire-exemple-douaisis', 'tests/fixtures');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /tests\/fixtures\/contrat-de-ville\.txt introuvable : territoire\.yaml le nomme \(sources\[\]\.fichier\)/);
  assert.equal(existsSync(join(RACINE, 'tests/fixtures/territoire-exemple-douaisis/verification-sources.json')), false);
});
