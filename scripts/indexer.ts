// Builds the Pagefind index of a built site: its pages, plus the documents made from the data (équipements grouped by
// commune and domain, glossary entries), whose headings Pagefind returns as sub-results; then has the search page
// preload the index's metadata file, whose name is known only now. Pagefind's service works on one request at a
// time: the 1,161 documents of a 1,500-fiche build, each sent as a request of its own, were read one after the other
// on one core (3 to 4 s). Written as files and read as a folder, they are read on every core (1.2 to 1.5 s).
import { readFileSync, writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { prechargerMetadonnees } from '../src/lib/recherche/prechargement.ts';
import { FICHIERS_DOCUMENTS } from '../src/lib/recherche/fichiers-documents.ts';

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
 * One arena, and freed pages given back at once: 0.89 GB, the same index (its CLI over the same pages: 749 → 631 MB,
 * about half a second more). A binary without jemalloc ignores them.
 */
const ALLOCATION_PAGEFIND = 'narenas:1,dirty_decay_ms:0,muzzy_decay_ms:0';

/**
 * `documents`: the folder where the validation wrote `documentsRecherche(modele)`, each file at its document's address
 * (fichiers-documents.ts). Read after the pages, so that they come after them in the index: a search with filters
 * alone lists Pagefind's results in that order, quartiers and communes before their équipements.
 */
export async function indexer(dossier: string, documents: string): Promise<{ pages: number; enregistrements: number }> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= TAILLE_MORCEAUX;
  process.env['_RJEM_MALLOC_CONF'] ??= ALLOCATION_PAGEFIND;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(errors.join('; '));
  const verifier = <R extends { errors: string[] }>(r: R): R => {
    if (r.errors.length) throw new Error(r.errors.join('; '));
    return r;
  };
  try {
    const pages = verifier(await index.addDirectory({ path: dossier, glob: PAGES_INDEXEES }));
    const lus = verifier(await index.addDirectory({ path: documents, glob: FICHIERS_DOCUMENTS }));
    verifier(await index.writeFiles({ outputPath: `${dossier}/pagefind` }));
    const recherche = `${dossier}/recherche/index.html`;
    const entree = JSON.parse(readFileSync(`${dossier}/pagefind/pagefind-entry.json`, 'utf8'));
    writeFileSync(recherche, prechargerMetadonnees(readFileSync(recherche, 'utf8'), entree));
    return { pages: pages.page_count, enregistrements: lus.page_count };
  } finally {
    await pagefind.close();
  }
}
