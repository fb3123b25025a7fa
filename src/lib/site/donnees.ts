import { readFileSync, writeFileSync } from 'node:fs';
import type { Programme, Quartier } from '../../schemas/index.ts';
import { ContenuInvalide } from '../content/probleme.ts';
import { validerContenu } from '../content/valider.ts';
import { communeOfficielle, estMembreCall } from '../communes-officielles.ts';
import { construireModele, type Modele } from './modele.ts';

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

let modele: Modele | undefined;

/** The whole site's data, read and validated once per build (never once per page). */
export function donnees(): Modele {
  if (modele) return modele;
  const fichier = process.env[FICHIER_CONTENU_VALIDE];
  modele = modeleDe(fichier ? lireContenuValide(fichier) : contenuValide(process.env.CONTENT_DIR ?? 'content'));
  return modele;
}

/** Validates `racine`; throws `ContenuInvalide` with every problem found. */
export function contenuValide(racine: string): ContenuValide {
  const { contenu, problemes } = validerContenu(racine);
  if (problemes.length) throw new ContenuInvalide(problemes);
  return { quartiers: contenu.quartiers.map((e) => e.data), programmes: contenu.programmes.map((e) => e.data) };
}

export function modeleDe(contenu: ContenuValide): Modele {
  return construireModele(contenu.quartiers, communeOfficielle, estMembreCall, contenu.programmes);
}

// Plain JSON: the schemas' output is strings, finite numbers, booleans, arrays and objects, which it keeps exactly.
export function ecrireContenuValide(fichier: string, contenu: ContenuValide): void {
  writeFileSync(fichier, JSON.stringify(contenu));
}

export function lireContenuValide(fichier: string): ContenuValide {
  return JSON.parse(readFileSync(fichier, 'utf8')) as ContenuValide;
}
