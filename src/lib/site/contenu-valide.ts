// How the build hands what it validated to Astro's process: files read instead of
// the YAML. Kept apart from donnees.ts so that scripts/build.ts can name them without loading the validation's modules.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Glossaire, Programme, Quartier, Territoire, VerificationSources } from '../../schemas/index.ts';
import type { Telechargement } from '../donnees/telechargements.ts';

/** What validation hands over: the territory, the data of every fiche and programme, and the glossary, as the schemas returned them. */
export interface ContenuValide {
  territoire: Territoire;
  quartiers: Quartier[];
  programmes: Programme[];
  /** The record of the transcription check (npm run verifier-sources), when it ran. */
  verification?: VerificationSources;
  /** The general glossary with the territory's own (lib/glossaire.ts writes it for the content). */
  glossaire: Glossaire;
}

/**
 * Set by scripts/build.ts to the file where it wrote the content it validated: Astro's process then renders
 * that content without reading the YAML a second time.
 */
export const FICHIER_CONTENU_VALIDE = 'QPV_CONTENU_VALIDE';

/** Written beside, then renamed: a reader, which may be waiting for the file in another process, never sees half of it. */
function ecrireEnEntier(fichier: string, corps: string | Uint8Array): void {
  writeFileSync(`${fichier}.partiel`, corps);
  renameSync(`${fichier}.partiel`, fichier);
}

// V8's structured serialization: at 1,500 fiches (28 MB) four to six times faster than JSON each way, and exact for
// any value. Every process of the build runs the same Node binary (process.execPath), so it reads it back.
export const ecrireContenuValide = (fichier: string, contenu: ContenuValide): void => ecrireEnEntier(fichier, serialize(contenu));
export const lireContenuValide = (fichier: string): ContenuValide => deserialize(readFileSync(fichier)) as ContenuValide;

/** How long Astro's process waits for the validation (started at the same time) before giving up. */
const ATTENTE_MAX_MS = 10 * 60_000;

/**
 * Waits, blocking, until `fichier` exists: Astro's pages read the data synchronously, while the validation runs in
 * another process. build.ts stops Astro if the validation fails; the limit only guards against an orphan.
 */
export function attendreFichier(fichier: string): void {
  const sommeil = new Int32Array(new SharedArrayBuffer(4));
  for (const debut = Date.now(); !existsSync(fichier); ) {
    if (Date.now() - debut > ATTENTE_MAX_MS) throw new Error(`${fichier} n'a pas été écrit par la validation`);
    Atomics.wait(sommeil, 0, 0, 20);
  }
}

/**
 * Where the validation writes the body of the search's vocabulary.json, beside the content file: made there, after the
 * content is handed over, it costs nothing to Astro's process, whose pages are the build's longest task (a second at
 * 1,500 fiches).
 */
export const fichierVocabulaire = (fichierContenu: string): string => `${fichierContenu}.vocabulaire`;
export const ecrireVocabulaire = (fichierContenu: string, corps: string): void => ecrireEnEntier(fichierVocabulaire(fichierContenu), corps);
export const lireVocabulaire = (fichierContenu: string): string => lireQuandEcrit(fichierVocabulaire(fichierContenu));

/** A file the validation writes beside the content, read once it is there. */
function lireQuandEcrit(fichier: string): string {
  attendreFichier(fichier);
  return readFileSync(fichier, 'utf8');
}

/**
 * And the descriptions of the downloads it wrote into the site's files (lib/donnees/telechargements.ts), with their
 * sizes and hashes, for the Données page and the metadata files.
 */
export const fichierTelechargements = (fichierContenu: string): string => `${fichierContenu}.telechargements`;
export const ecrireListeTelechargements = (fichierContenu: string, liste: readonly Telechargement[]): void => ecrireEnEntier(fichierTelechargements(fichierContenu), JSON.stringify(liste));
export const lireListeTelechargements = (fichierContenu: string): Telechargement[] => JSON.parse(lireQuandEcrit(fichierTelechargements(fichierContenu))) as Telechargement[];
