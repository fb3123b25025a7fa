import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bloquants, ContenuInvalide, type Probleme } from '../content/probleme.ts';
import { validerContenu } from '../content/valider.ts';
import { communeOfficielle, epciOfficiel } from '../communes-officielles.ts';
import { attendreFichier, FICHIER_CONTENU_VALIDE, lireContenuValide, lireVocabulaire, type ContenuValide } from './contenu-valide.ts';
import { vocabulaire } from '../recherche/vocabulaire.ts';
import { construireModele, type Modele } from './modele.ts';
import { glossaireDu } from '../glossaire.ts';
import { territoireVue } from './territoire.ts';
import { glossairePublie, siglesIncertainsPublies } from './glossaire-publie.ts';

let contenu: ContenuValide | undefined;
let modele: Modele | undefined;
/** The content folder's files as last read (names, sizes, times), when read from the YAML. */
let etatLu: string | undefined;

/** Names, sizes and modification times of the files of `racine`: they change when a fiche is edited, added or removed. */
function etatDuDossier(racine: string): string {
  return readdirSync(racine, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const chemin = join(e.parentPath, e.name);
      const { size, mtimeMs } = statSync(chemin);
      return `${chemin}:${size}:${mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/**
 * The validated content: once per build, from the file scripts/build.ts wrote; else from the YAML (astro dev, tests),
 * read again when a file of the folder changed, so that `npm run dev` shows an edited fiche, or its problems.
 */
function contenuDuSite(): ContenuValide {
  const fichier = process.env[FICHIER_CONTENU_VALIDE];
  if (fichier) {
    if (!contenu) attendreFichier(fichier);
    contenu ??= lireContenuValide(fichier);
    return contenu;
  }
  const racine = process.env.CONTENT_DIR ?? 'content';
  const etat = etatDuDossier(racine);
  if (etat !== etatLu) {
    contenu = modele = undefined;
    etatLu = etat;
  }
  contenu ??= contenuValide(racine);
  return contenu;
}

/** The whole site's data, built once per build (never once per page). */
export function donnees(): Modele {
  const c = contenuDuSite();
  modele ??= modeleDe(c);
  return modele;
}

/** The body of the search's vocabulary.json: written by the build's validation process, else made from the model. */
export function vocabulaireDuSite(): string {
  const fichier = process.env[FICHIER_CONTENU_VALIDE];
  return fichier ? lireVocabulaire(fichier) : JSON.stringify(vocabulaire(donnees()));
}

/** The record of the last transcription check (npm run verifier-sources), if it ran: the méthodologie cites it. */
export const verificationDuSite = () => contenuDuSite().verification;

/** Validates `racine`; throws `ContenuInvalide` with every problem found; hands the warnings alone to `avertir`. */
export function contenuValide(racine: string, avertir: (avertissements: Probleme[]) => void = () => {}): ContenuValide {
  const { contenu: lu, problemes } = validerContenu(racine);
  // No problem means territoire.yaml and the glossaries were read: their own problems would be listed.
  if (bloquants(problemes).length || !lu.territoire || !lu.glossaire) throw new ContenuInvalide(problemes);
  avertir(problemes);
  return {
    territoire: lu.territoire,
    quartiers: lu.quartiers.map((e) => e.data),
    programmes: lu.programmes.map((e) => e.data),
    glossaire: lu.glossaire,
    ...(lu.verification && { verification: lu.verification }),
  };
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
