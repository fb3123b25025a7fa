import { bloquants, ContenuInvalide, type Probleme } from '../content/probleme.ts';
import { validerContenu } from '../content/valider.ts';
import { communeOfficielle, epciOfficiel } from '../communes-officielles.ts';
import { attendreFichier, FICHIER_CONTENU_VALIDE, lireContenuValide, type ContenuValide } from './contenu-valide.ts';
import { construireModele, type Modele } from './modele.ts';
import { glossaireDu } from '../glossaire.ts';
import { territoireVue } from './territoire.ts';
import { glossairePublie, siglesIncertainsPublies } from './glossaire-publie.ts';

let modele: Modele | undefined;

/**
 * The whole site's data, read and validated once per build (never once per page): from the file scripts/build.ts
 * wrote when it is set, else from the YAML (astro dev, tests).
 */
export function donnees(): Modele {
  if (modele) return modele;
  const fichier = process.env[FICHIER_CONTENU_VALIDE];
  if (fichier) attendreFichier(fichier);
  modele = modeleDe(fichier ? lireContenuValide(fichier) : contenuValide(process.env.CONTENT_DIR ?? 'content'));
  return modele;
}

/** Validates `racine`; throws `ContenuInvalide` with every problem found; hands the warnings alone to `avertir`. */
export function contenuValide(racine: string, avertir: (avertissements: Probleme[]) => void = () => {}): ContenuValide {
  const { contenu, problemes } = validerContenu(racine);
  // No problem means territoire.yaml and the glossaries were read: their own problems would be listed.
  if (bloquants(problemes).length || !contenu.territoire || !contenu.glossaire) throw new ContenuInvalide(problemes);
  avertir(problemes);
  return { territoire: contenu.territoire, quartiers: contenu.quartiers.map((e) => e.data), programmes: contenu.programmes.map((e) => e.data), glossaire: contenu.glossaire };
}

const membresDe = (contenu: ContenuValide) => epciOfficiel(contenu.territoire.epci)?.membres ?? new Set<string>();

/** The glossary of the content's territory: its EPCI's acronym, and the entries its fiches and pages use. */
export const glossaireDeContenu = (contenu: ContenuValide) => glossairePublie(glossaireDu(contenu.glossaire, contenu, membresDe(contenu).size), contenu);

export function modeleDe(contenu: ContenuValide): Modele {
  const membres = membresDe(contenu);
  return construireModele(contenu.quartiers, communeOfficielle, (code) => membres.has(code), {
    territoire: territoireVue(contenu.territoire),
    programmes: contenu.programmes,
    glossaire: glossaireDeContenu(contenu),
    siglesIncertains: siglesIncertainsPublies(contenu.glossaire.sigles_incertains, contenu),
  });
}
