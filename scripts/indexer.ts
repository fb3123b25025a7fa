// Builds the Pagefind index of a built site: its pages, plus the documents made from the data (équipements
// grouped by commune and domain, each fiche's diagnostic), whose headings Pagefind returns as sub-results.
import * as pagefind from 'pagefind';
import type { DocumentRecherche } from '../src/lib/recherche/documents.ts';

// Pagefind cuts its word index into chunks of about 20,000 word positions (~30 KB): a search downloads one per
// word typed, the largest part of a first search after the WebAssembly. Smaller chunks (~3 KB) keep a search within
// budget (100 KB at 21 fiches). The setting is read from the environment of the Pagefind process and marked unstable
// by Pagefind: if a version drops it, the index is only coarser, never wrong.
const TAILLE_MORCEAUX = '2000';

/**
 * `documents`: `documentsRecherche(modele)`, which scripts/build.ts makes in its validation process, so that the
 * process talking to Pagefind never holds the model.
 */
export async function indexer(dossier: string, documents: DocumentRecherche[]): Promise<{ pages: number; enregistrements: number }> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= TAILLE_MORCEAUX;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(errors.join('; '));
  const verifier = (r: { errors: string[] }) => {
    if (r.errors.length) throw new Error(r.errors.join('; '));
  };
  try {
    // Sent at once: the Pagefind service answers them in parallel, much faster than one after the other.
    const [ajout, ...ajouts] = await Promise.all([index.addDirectory({ path: dossier }), ...documents.map((d) => index.addHTMLFile(d))]);
    for (const r of [ajout!, ...ajouts]) verifier(r);
    verifier(await index.writeFiles({ outputPath: `${dossier}/pagefind` }));
    return { pages: ajout!.page_count, enregistrements: documents.length };
  } finally {
    await pagefind.close();
  }
}
