// From an empty folder to a built site, as the README's « Publier un autre territoire » says:
// npm run nouveau-territoire -- 200044618 <dossier>, then CONTENT_DIR=<dossier> npm run build once the example is replaced.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RACINE_PROJET, construire } from './outils.ts';

const temporaire = mkdtempSync(join(tmpdir(), 'qpv-nouveau-territoire-'));
after(() => rmSync(temporaire, { recursive: true, force: true }));

test('un dossier vide devient un site publié en deux commandes', { timeout: 5 * 60_000 }, () => {
  const contenu = join(temporaire, 'essai');
  const r = spawnSync(process.execPath, ['scripts/nouveau-territoire.ts', '200044618', contenu], { cwd: RACINE_PROJET, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const dist = join(temporaire, 'dist');
  // The example fiche, with its invented figures, is never published: the build refuses it while it is marked.
  const exemple = join(contenu, 'quartiers/qn05901z.yaml');
  assert.throws(() => construire(dist, { CONTENT_DIR: contenu }), /qn05901z\.yaml:\d+: exemple: fiche d'exemple écrite par npm run nouveau-territoire/);
  writeFileSync(exemple, readFileSync(exemple, 'utf8').replace(/^exemple: true\n/m, ''));
  construire(dist, { CONTENT_DIR: contenu });
  const fiche = readFileSync(join(dist, 'quartiers/qn05901z/index.html'), 'utf8');
  assert.match(fiche, /<title>Quartier d&#39;exemple \(à remplacer\) \(QN05901Z\) – Quartiers prioritaires de Douaisis Agglo<\/title>/);
  assert.match(readFileSync(join(dist, 'communes/douai/index.html'), 'utf8'), /fait partie de la CA Douaisis Agglo\./);
  assert.match(readFileSync(join(dist, 'donnees/datapackage.json'), 'utf8'), /"title": "Quartiers prioritaires de la politique de la ville de la CA Douaisis Agglo"/);
});
