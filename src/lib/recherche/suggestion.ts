// « Vouliez-vous dire … ? »: the nearest word of the site's vocabulary for each query word that is not found.
import { motsCherches, motsTapes, sansAccents } from './texte.ts';

export type Distance = (a: string, b: string) => number;

const debutCommun = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

/** Edits allowed for a word of this length: one for short words, two from 8 letters. */
export const editionsPermises = (longueur: number) => (longueur < 4 ? 0 : longueur < 8 ? 1 : 2);

/**
 * The nearest word of `vocabulaire` (sorted by decreasing frequency) to `mot`, compared without accents or
 * capitals. The word itself when it is in the vocabulary; undefined
 * when no word is near enough.
 */
export function motProche(mot: string, vocabulaire: readonly string[], distance: Distance): string | undefined {
  const cle = sansAccents(mot);
  const exact = vocabulaire.find((v) => sansAccents(v) === cle);
  if (exact) return exact;
  const permis = editionsPermises(cle.length);
  if (!permis) return undefined;
  // At equal distance, the word that shares the longer beginning (« lievn »: « Liévin » rather than « lien »),
  // then the more frequent one (the vocabulary's order).
  let meilleur: { mot: string; d: number; debut: number } | undefined;
  for (const v of vocabulaire) {
    const autre = sansAccents(v);
    if (Math.abs(autre.length - cle.length) > (meilleur?.d ?? permis)) continue;
    const d = distance(cle, autre);
    if (d > permis || (meilleur && d > meilleur.d)) continue;
    const debut = debutCommun(cle, autre);
    if (!meilleur || d < meilleur.d || debut > meilleur.debut) meilleur = { mot: v, d, debut };
  }
  return meilleur?.mot;
}

/**
 * The query with each word that is not found replaced by its nearest word of the vocabulary; undefined when one
 * of them has none, or when none changes. Other words stay as typed. `introuvables` are normalised terms (see `termes`).
 */
export function requeteCorrigee(requete: string, introuvables: readonly string[], vocabulaire: readonly string[], distance: Distance): string | undefined {
  const manquants = new Set(introuvables);
  let corrige = false;
  const mots: string[] = [];
  for (const mot of motsTapes(requete)) {
    if (!manquants.has(sansAccents(mot))) {
      mots.push(mot);
      continue;
    }
    const proche = motProche(mot, vocabulaire, distance);
    if (!proche) return undefined;
    corrige ||= sansAccents(proche) !== sansAccents(mot);
    mots.push(mot === mot.toLowerCase() ? proche.toLowerCase() : proche);
  }
  return corrige ? mots.join(' ') : undefined;
}

/**
 * The query less one of its words, for each of them (« terrain foot Liévin » → « foot Liévin », « terrain Liévin »,
 * « terrain foot »): what to propose when no result holds every word. Two to six words; articles aside (`motsCherches`).
 */
export function sansUnMot(requete: string): string[] {
  const mots = motsCherches(requete);
  if (mots.length < 2 || mots.length > 6) return [];
  return [...new Set(mots.map((_, i) => mots.filter((__, j) => j !== i).join(' ')))];
}
