// npm run build: validate, build with Astro into a scratch folder, index it with Pagefind, check it,
// and only then swap it into dist/. A failure at any step leaves the previous dist/ untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ContenuInvalide, formaterProbleme, trierProblemes } from '../src/lib/content/probleme.ts';
import { donnees } from '../src/lib/site/donnees.ts';
import type { Modele } from '../src/lib/site/modele.ts';
import { indexer } from './indexer.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
// Astro builds inside the project: for an outDir elsewhere it puts its prerender chunks in a
// shared .astro/ folder, and two builds at once would then overwrite each other's.
const TRAVAIL = resolve('.build', String(process.pid));
const SCRATCH = `${DIST}.partiel`;
const OLD = `${DIST}.ancien`;

function echec(message: string): never {
  rmSync(TRAVAIL, { recursive: true, force: true });
  rmSync(SCRATCH, { recursive: true, force: true });
  console.error(`\n${message}\nLe dossier ${DIST} n'a pas été modifié.`);
  process.exit(1);
}

// Validated once here; the indexer below reuses this model (Astro's own process loads it once too).
let modele: Modele;
try {
  modele = donnees();
} catch (err) {
  if (!(err instanceof ContenuInvalide)) throw err;
  for (const p of trierProblemes(err.problemes)) console.error(formaterProbleme(p));
  echec(`${err.problemes.length} problème(s) dans ${process.env.CONTENT_DIR ?? 'content'}/ : construction arrêtée.`);
}

rmSync(TRAVAIL, { recursive: true, force: true });
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_OUT_DIR: TRAVAIL, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) echec('La construction Astro a échoué.');

try {
  const { pages, enregistrements } = await indexer(TRAVAIL, modele);
  console.log(`Recherche : ${pages} pages et ${enregistrements} enregistrements indexés.`);
} catch (err) {
  echec(`L'indexation Pagefind a échoué : ${(err as Error).message}`);
}

// Bring the finished site next to its destination (a copy when it is on another disk), then swap.
rmSync(SCRATCH, { recursive: true, force: true });
try {
  renameSync(TRAVAIL, SCRATCH);
} catch {
  cpSync(TRAVAIL, SCRATCH, { recursive: true });
  rmSync(TRAVAIL, { recursive: true, force: true });
}
rmSync(OLD, { recursive: true, force: true });
if (existsSync(DIST)) renameSync(DIST, OLD);
renameSync(SCRATCH, DIST);
rmSync(OLD, { recursive: true, force: true });
console.log(`Site construit dans ${DIST}.`);
