// Build side of documents.ts: the search documents written as files, for Pagefind to read from the disk like pages.
// Each file's path is its document's address (« communes/<commune>/#domaine-c », « glossaire/#qpv »): Pagefind makes a
// page's address from its path under the folder it reads. The folder is never published.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DocumentRecherche } from './documents.ts';

/**
 * What Pagefind reads in the folder: the files, each named after its address's fragment. Not every path, which takes
 * the folders too: Pagefind then tries to read each folder as a page, and waits before giving up on it (at 1,500
 * fiches, 40 s of nothing).
 */
export const FICHIERS_DOCUMENTS = '**/#*';

/** Writes each document at its address under `dossier`, one at a time (17 MB of HTML at 1,500 fiches). */
export function ecrireDocuments(dossier: string, documents: Iterable<DocumentRecherche>): void {
  for (const d of documents) {
    if (!/\/#[^/]+$/.test(d.url)) throw new Error(`${d.url} : l'adresse d'un document de recherche se termine par une ancre (/#…)`);
    const chemin = join(dossier, d.url);
    mkdirSync(dirname(chemin), { recursive: true });
    writeFileSync(chemin, d.content);
  }
}
