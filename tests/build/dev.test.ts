// npm run dev on a copy of the made-up territory: an edited fiche is shown at once, a broken one shows its problems
// (file, line, field), and the fixed one comes back, without restarting the server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RACINE_PROJET, arreter, portLibre } from './outils.ts';

const temporaire = mkdtempSync(join(tmpdir(), 'qpv-dev-'));
const contenu = join(temporaire, 'contenu');
const fiche = join(contenu, 'quartiers/qn05901m.yaml');
let serveur: ChildProcess | undefined;
let journal = '';
let adresse = '';

before(async () => {
  cpSync(join(RACINE_PROJET, 'tests/fixtures/territoire-exemple-douaisis'), contenu, { recursive: true });
  const port = await portLibre();
  adresse = `http://127.0.0.1:${port}/quartiers/qn05901m/`;
  serveur = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: RACINE_PROJET,
    env: { ...process.env, CONTENT_DIR: contenu, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serveur.stdout!.on('data', (d) => (journal += d));
  serveur.stderr!.on('data', (d) => (journal += d));
  const limite = Date.now() + 60_000;
  while (!journal.includes('watching for file changes')) {
    if (Date.now() > limite || serveur.exitCode !== null) throw new Error(`astro dev n'a pas démarré :\n${journal}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}, { timeout: 90_000 });

after(async () => {
  await arreter(serveur);
  rmSync(temporaire, { recursive: true, force: true });
});

/** Rewrites the fiche, then gives the watcher a moment, as a person saving in an editor. */
async function modifier(de: RegExp, en: string) {
  writeFileSync(fiche, readFileSync(fiche, 'utf8').replace(de, en));
  await new Promise((r) => setTimeout(r, 500));
}
const titre = async () => /<title>([^<]*)/.exec(await (await fetch(adresse)).text())?.[1];

test('npm run dev montre la fiche modifiée, ses problèmes quand elle est cassée, puis la fiche réparée', { timeout: 60_000 }, async () => {
  assert.match((await titre())!, /^Faubourg des Glycines \(exemple fictif\)/);
  await modifier(/^nom: .*$/m, 'nom: "Faubourg des Lilas (exemple fictif)"');
  assert.match((await titre())!, /^Faubourg des Lilas \(exemple fictif\)/);
  await modifier(/^population: .*$/m, 'population: "beaucoup"');
  const casse = await fetch(adresse);
  assert.equal(casse.status, 500);
  assert.match(journal, /qn05901m\.yaml:\d+: population: population : un nombre entier .*\(valeur trouvée : "beaucoup"\)/);
  await modifier(/^population: .*$/m, 'population: 1500');
  assert.match((await titre())!, /^Faubourg des Lilas \(exemple fictif\)/);
});

test('npm run dev sert les fichiers de la page Données à l’adresse de leurs liens, sans barre finale', { timeout: 60_000 }, async () => {
  const racine = new URL('/', adresse);
  const page = await (await fetch(new URL('donnees/', racine))).text();
  const liens = [...new Set([...page.matchAll(/href="(\/donnees\/[^"#?]+\.(?:json|jsonld|csv))"/g)].map((m) => m[1]!))];
  assert.ok(liens.length >= 5, `${liens.length} lien(s) de fichier sur la page Données`);
  for (const lien of liens) assert.equal((await fetch(new URL(lien, racine))).status, 200, lien);
});
