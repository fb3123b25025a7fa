// npm run build: validate, build with Astro into a scratch folder, index it with Pagefind, check it,
// and only then swap it into dist/. A failure at any step leaves the previous dist/ untouched.
// package.json runs it with a 1 MB young generation and a 40 MB old one: this process only waits, beside Astro and
// then the Pagefind binary, the build's largest processes; V8's defaults let it reach 0.12 to 0.14 GB meanwhile
// (0.07 to 0.08 GB now). What it holds does not grow with the territory: the build still ran with a 12 MB
// old generation at 1,500 fiches. (V8's memory-saving mode, --optimize-for-size, saved 15 MB more, but the builds
// that used it ran 2 to 13 s slower in turn.)
import { fork, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { resolve } from 'node:path';
import { bloquants, formaterProbleme, trierProblemes, type Probleme } from '../src/lib/content/probleme.ts';
import { FICHIER_CONTENU_VALIDE, fichierTelechargements, fichierVocabulaire } from '../src/lib/site/contenu-valide.ts';
import { avertissementPublication } from '../src/lib/publication/reglages.ts';
import { deplacerDans } from './deplacer.ts';
import { indexer } from './indexer.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
// Astro builds inside the project: for an outDir elsewhere it puts its prerender chunks in a
// shared .astro/ folder, and two builds at once would then overwrite each other's.
const TRAVAIL = resolve('.build', String(process.pid));
/** Written by the validation: the validated content, read by Astro's process. */
const CONTENU = `${TRAVAIL}.contenu`;
/** And the search's vocabulary, read by Astro's process too. */
const VOCABULAIRE = fichierVocabulaire(CONTENU);
/** And the list of the downloads, with their sizes and hashes, read by Astro's process too. */
const TELECHARGEMENTS = fichierTelechargements(CONTENU);
/** And the search documents made from the content, a file each, read by Pagefind with the pages (indexer.ts). */
const DOCUMENTS = `${TRAVAIL}.documents`;
/** Also written by the validation: files of the site (the downloads, the search's communes outside the territory), moved into it after Astro. */
const FICHIERS = `${TRAVAIL}.fichiers`;
const SCRATCH = `${DIST}.partiel`;
/** Astro's niceness, from 0 (the validation's) to 19 (the lowest); 10 is « below normal » on Windows. */
const PRIORITE_ASTRO = 10;
const OLD = `${DIST}.ancien`;

function echec(message: string): never {
  rmSync(TRAVAIL, { recursive: true, force: true });
  for (const f of [CONTENU, VOCABULAIRE, TELECHARGEMENTS, DOCUMENTS, FICHIERS]) rmSync(f, { recursive: true, force: true });
  rmSync(SCRATCH, { recursive: true, force: true });
  console.error(`\n${message}\nLe dossier ${DIST} n'a pas été modifié.`);
  process.exit(1);
}

// One date for the two processes that write dated files, Astro (pages, metadata) and the validation (downloads): the
// publisher's, else now, in the seconds SOURCE_DATE_EPOCH counts (a wrong value is kept, for the validation to name it).
if (!process.env.SOURCE_DATE_EPOCH?.trim()) process.env.SOURCE_DATE_EPOCH = String(Math.floor(Date.now() / 1000));

// Astro starts at once: bundling needs no data, and its pages wait for the validated content (see donnees.ts).
rmSync(TRAVAIL, { recursive: true, force: true });
mkdirSync(resolve('.build'), { recursive: true });
// A young generation of 8 MB semi-spaces, smaller than V8's default on this kind of machine: Astro's
// garbage is short-lived page strings, and the smaller nursery took 150 MB off its peak at 1,500 fiches for no
// measurable CPU. And an old generation allowed to double between full collections, where V8 lets it grow up to
// threefold on a fast machine: at 1,500 fiches Astro's peak went from about 1.2 GB to 0.9 GB, and the cost of the
// extra collections was lost in the machine's drift in runs in turn (150 %: 0.95 to 1.0 GB). A factor rather than a
// fixed ceiling: it follows a larger territory.
const astro = spawn(process.execPath, ['--max-semi-space-size=8', '--heap-growing-percent=100', 'node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
  stdio: 'inherit',
  // Three allocator settings, each measured at 1,500 fiches (docs/benchmarks.md): Rolldown's mimalloc gives back what
  // it frees once bundling is over rather than after a delay (50 MB less), and commits its arena as it uses it rather
  // than at once (Astro's peak 651 against 705 MB, median of 6 builds in turn); Node's glibc gives back any buffer
  // above 128 KB rather than keeping it for the next one (15 to 25 MB less).
  env: { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0', MALLOC_MMAP_THRESHOLD_: '131072', ...process.env, ASTRO_OUT_DIR: TRAVAIL, ASTRO_TELEMETRY_DISABLED: '1', [FICHIER_CONTENU_VALIDE]: CONTENU },
});
// Astro at a lower priority than the validation that runs beside its start. Astro's memory grows as it renders: with
// both at the same priority, the validation (0.3 GB) ended 1 to 2 s later, beside a larger Astro, and at 1,500 fiches
// the tree peaked over 1,000 MB in 7 builds of 8 (968 to 1,193 MB); Astro lower, 941 to 985 MB in 8 of 8, for the same
// total time (builds in turn). Once the validation has ended, nothing competes with Astro: its priority no longer
// matters. (On Linux it applies to Astro's main thread and the threads started after it.)
if (astro.pid !== undefined) {
  try {
    setPriority(astro.pid, PRIORITE_ASTRO);
  } catch {
    // a system that refuses it: the build is the same, its peak may be higher
  }
}
const finAstro = new Promise<number | null>((ok) => astro.once('exit', (code) => ok(code)));
const arreterAstro = async () => {
  astro.kill('SIGKILL');
  await finAstro;
};

// Meanwhile, validated once, in a process whose memory is released when it ends; Astro and the indexer read what
// it wrote, so that this process never holds the content or the model.
const racine = process.env.CONTENT_DIR ?? 'content';
let problemes: Probleme[];
try {
  problemes = await new Promise<Probleme[]>((ok, ko) => {
    // The same small young generation as Astro's, and the same old generation allowed to double between full
    // collections: the validation's garbage is short-lived too, and it lives beside Astro's start (at 1,500 fiches,
    // 535 → 430 MB for the first, 357-391 → 303-339 MB at its end for the second, in the same time). Not this
    // process's options, made for waiting.
    const validation = fork(new URL('./valider-pour-build.ts', import.meta.url), [racine, CONTENU, DOCUMENTS, FICHIERS], { execArgv: ['--max-semi-space-size=8', '--heap-growing-percent=100'] });
    let recus: Probleme[] | undefined;
    validation.once('message', (m) => (recus = m as Probleme[])).once('error', ko);
    validation.once('exit', (code) => (recus && code === 0 ? ok(recus) : ko(new Error(`la validation s'est arrêtée (code ${code})`))));
  });
} catch (err) {
  await arreterAstro();
  echec(`La validation a échoué : ${(err as Error).message}`);
}
for (const p of trierProblemes(problemes)) console.error(formaterProbleme(p));
if (bloquants(problemes).length) {
  await arreterAstro();
  echec(`${bloquants(problemes).length} problème(s) dans ${racine}/ : construction arrêtée.`);
}
if ((await finAstro) !== 0) echec('La construction Astro a échoué.');
deplacerDans(FICHIERS, TRAVAIL);
rmSync(FICHIERS, { recursive: true, force: true });

try {
  const { pages, enregistrements } = await indexer(TRAVAIL, DOCUMENTS);
  console.log(`Recherche : ${pages} pages et ${enregistrements} enregistrements indexés.`);
} catch (err) {
  echec(`L'indexation Pagefind a échoué : ${(err as Error).message}`);
}

for (const f of [CONTENU, VOCABULAIRE, TELECHARGEMENTS, DOCUMENTS]) rmSync(f, { recursive: true, force: true });

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
// Settings a published site needs (legal notice, accessibility statement): a warning, the build stands.
const avertissement = avertissementPublication(process.env);
if (avertissement) console.warn(avertissement);
