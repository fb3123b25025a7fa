// Builds the Pagefind index of a built site: its pages, plus the documents made from the data (équipements grouped by
// commune and domain, glossary entries), whose headings Pagefind returns as sub-results; then has the search page
// preload the index's metadata file, whose name is known only now. The documents, written as files at their address,
// are put in the site for Pagefind's CLI to read with the pages, then taken out: they are never published.
// Pagefind's CLI rather than its Node service: the service answers one request at a time and builds the index twice
// when asked to write it (once for the request, once in the writing), so at 1,500 fiches it took 0.5 to 1 s more and
// 45 MB more at its peak, for the same files.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prechargerMetadonnees } from '../src/lib/recherche/prechargement.ts';
import { FICHIERS_DOCUMENTS } from '../src/lib/recherche/fichiers-documents.ts';
import { deplacerDans } from './deplacer.ts';

// Pagefind cuts its word index into chunks of about 20,000 word positions (~30 KB): a search downloads one per
// word typed, the largest part of a first search after the WebAssembly. Smaller chunks (~3 KB) keep a search within
// budget (100 KB at 21 fiches). The setting is read from the environment of the Pagefind process and marked unstable
// by Pagefind: if a version drops it, the index is only coarser, never wrong.
export const TAILLE_MORCEAUX = '2000';

/**
 * The pages that carry `data-pagefind-body` (the `typeRecherche` of src/layouts/Base.astro: fiches, communes,
 * programmes, and the Texte pages marked `recherche: true`). Pagefind reads only these: it would otherwise parse every
 * page before leaving out those without a body, and at 1,500 fiches the index of équipements alone (10 MB of HTML)
 * cost it 2 s. tests/build/index-recherche.test.ts checks that no page with a body is left out.
 */
export const PAGES_INDEXEES = '{quartiers/*,communes/*,programmes/*,methodologie}/index.html';

/**
 * Settings of Pagefind's allocator (jemalloc, which reads them from the Pagefind process's environment). By default it
 * keeps an arena per group of threads and freed pages for ten seconds: at 1,500 fiches the binary peaked at 1.06 GB.
 * One arena, and freed pages given back after 0.3 s: 0.90 GB, the same index. Given back at once, they were 9 MB
 * fewer at the peak, but the kernel had to map and clear them again and again: its CLI over our pages and documents,
 * 3 runs each in turn, took 7.3 to 9.0 s (2.1 to 2.5 s of it in the kernel) against 6.2 to 6.6 s (0.9 to 1.0 s).
 * A binary without jemalloc ignores them.
 */
const ALLOCATION_PAGEFIND = 'narenas:1,dirty_decay_ms:300,muzzy_decay_ms:0';

/** The Pagefind binary that the `pagefind` package installs for this machine, found as its own wrapper finds it. */
export function binairePagefind(): string {
  const plateforme = process.platform === 'win32' ? 'windows' : process.platform;
  const require = createRequire(import.meta.url);
  for (const nom of ['pagefind_extended', 'pagefind']) {
    const choisi = process.env[`${nom.toUpperCase()}_BINARY_PATH`];
    if (choisi) return choisi;
    try {
      return require.resolve(`@pagefind/${plateforme}-${process.arch}/bin/${nom}${plateforme === 'windows' ? '.exe' : ''}`);
    } catch {
      // the other edition
    }
  }
  throw new Error(`pas de programme Pagefind pour ${plateforme}-${process.arch} : relancez « npm install »`);
}

/** Runs Pagefind's CLI; its output is shown only if it fails. */
function pagefind(args: string[]): Promise<void> {
  return new Promise((ok, ko) => {
    const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ?? TAILLE_MORCEAUX, _RJEM_MALLOC_CONF: process.env['_RJEM_MALLOC_CONF'] ?? ALLOCATION_PAGEFIND };
    const p = spawn(binairePagefind(), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let sortie = '';
    p.stdout.on('data', (d) => (sortie += d));
    p.stderr.on('data', (d) => (sortie += d));
    p.once('error', ko);
    p.once('close', (code) => (code === 0 ? ok() : ko(new Error(`Pagefind s'est arrêté (code ${code}) :\n${sortie.trim().slice(-4000)}`))));
  });
}

/**
 * `documents`: the folder where the validation wrote `documentsRecherche(modele)`, each file at its document's address
 * (fichiers-documents.ts). Pagefind reads pages and documents in the order the disk lists them; the search page does not
 * depend on it (src/lib/recherche/rang.ts).
 */
export async function indexer(dossier: string, documents: string): Promise<{ pages: number; enregistrements: number }> {
  const enregistrements = readdirSync(documents, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).length;
  const deplaces = deplacerDans(documents, dossier);
  try {
    await pagefind(['--site', dossier, '--glob', `{${PAGES_INDEXEES},${FICHIERS_DOCUMENTS}}`, '--force-language', 'fr', '--silent']);
  } finally {
    for (const f of deplaces) rmSync(f, { recursive: true, force: true });
  }
  const recherche = `${dossier}/recherche/index.html`;
  const entree = JSON.parse(readFileSync(`${dossier}/pagefind/pagefind-entry.json`, 'utf8'));
  writeFileSync(recherche, prechargerMetadonnees(readFileSync(recherche, 'utf8'), entree));
  return { pages: readdirSync(`${dossier}/pagefind/fragment`).length - enregistrements, enregistrements };
}
