// How the build hands the content it validated to Astro's process: one JSON file, read instead of the YAML.
// Kept apart from donnees.ts so that scripts/build.ts can name the file without loading the validation's modules.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Programme, Quartier } from '../../schemas/index.ts';

/** What validation hands over: the data of every fiche and programme, as the schemas returned it. */
export interface ContenuValide {
  quartiers: Quartier[];
  programmes: Programme[];
}

/**
 * Set by scripts/build.ts to the file where it wrote the content it validated: Astro's process then renders
 * that content without reading the YAML a second time.
 */
export const FICHIER_CONTENU_VALIDE = 'QPV_CONTENU_VALIDE';

// Plain JSON: the schemas' output is strings, finite numbers, booleans, arrays and objects, which it keeps exactly.
export function ecrireContenuValide(fichier: string, contenu: ContenuValide): void {
  writeFileSync(fichier, JSON.stringify(contenu));
}

export function lireContenuValide(fichier: string): ContenuValide {
  return JSON.parse(readFileSync(fichier, 'utf8')) as ContenuValide;
}
