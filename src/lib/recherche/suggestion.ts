// When no result holds every word: the queries to try instead, nearest first. The nearest word of the site's
// vocabulary for each word not found, the words joined or split, the street type left out.
import { motsCherches, motsTapes, sansAccents } from './texte.ts';

export type Distance = (a: string, b: string) => number;

const debutCommun = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

/**
 * `distance` with two neighbouring letters swapped counted as one edit (« breibs » for « brebis »), the commonest slip
 * on a phone's keyboard, which Levenshtein's distance counts as two.
 */
export function avecInversions(distance: Distance): Distance {
  return (a, b) => {
    if (a.length === b.length) {
      const ecarts = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
      if (ecarts.length === 2 && ecarts[1] === ecarts[0]! + 1 && a[ecarts[0]!] === b[ecarts[1]!] && a[ecarts[1]!] === b[ecarts[0]!]) return 1;
    }
    return distance(a, b);
  };
}

/** Edits allowed for a word of this length: one for short words, two from 8 letters. */
export const editionsPermises = (longueur: number) => (longueur < 4 ? 0 : longueur < 8 ? 1 : 2);

/**
 * Whether a word of the vocabulary is a plausible intent for a word typed `d` edits away: people mistype the middle
 * and the end of a word far more than its start, so one edit needs the first letter right and two edits the first
 * three; a short word of the rarer half of the vocabulary (a name met once or twice) needs its first two. An absent
 * word (« banque », « patinoire ») is then left alone rather than turned into whatever is a letter or two away.
 */
function plausible(longueur: number, d: number, debut: number, rangRelatif: number): boolean {
  if (d === 0) return true;
  if (d >= 2) return debut >= 3;
  return debut >= (longueur <= 5 && rangRelatif >= 0.5 ? 2 : 1);
}

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
  // At equal distance, the word that shares the longer beginning (« ecolle »: « école » rather than « colle »),
  // then the more frequent one (the vocabulary's order).
  let meilleur: { mot: string; d: number; debut: number } | undefined;
  vocabulaire.forEach((v, rang) => {
    const autre = sansAccents(v);
    if (Math.abs(autre.length - cle.length) > (meilleur?.d ?? permis)) return;
    const d = distance(cle, autre);
    if (d > permis || (meilleur && d > meilleur.d)) return;
    const debut = debutCommun(cle, autre);
    if (!plausible(cle.length, d, debut, rang / vocabulaire.length)) return;
    if (!meilleur || d < meilleur.d || debut > meilleur.debut) meilleur = { mot: v, d, debut };
  });
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
 * The query less one of its words, for each of them (« terrain foot Douai » → « foot Douai », « terrain Douai »,
 * « terrain foot »): what to propose when no result holds every word. Two to six words; articles aside (`motsCherches`).
 */
export function sansUnMot(requete: string): string[] {
  const mots = motsCherches(requete);
  if (mots.length < 2 || mots.length > 6) return [];
  return [...new Set(mots.map((_, i) => mots.filter((__, j) => j !== i).join(' ')))];
}

/** The street types an address may be typed with or without (« rue Salvador Allende » for « avenue Salvador Allende »). */
const TYPES_DE_VOIE = new Set(['rue', 'avenue', 'av', 'boulevard', 'bd', 'place', 'chemin', 'allee', 'impasse', 'route']);

/** The query without its street types, when it holds one beside other words; undefined otherwise. */
export function sansTypeDeVoie(requete: string): string | undefined {
  const mots = motsTapes(requete);
  const restent = mots.filter((m) => !TYPES_DE_VOIE.has(sansAccents(m)));
  return restent.length && restent.length < mots.length ? restent.join(' ') : undefined;
}

// Numbers written out, as people type the names of cités (« trois cités » for « 3 Cités »). « un » and « une » are
// left alone: they are articles far more often.
const NOMBRES: Record<string, number> = Object.fromEntries(
  ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'].map((m, i) => [m, i + 2]),
);

/** The query with its numbers written out in figures, when it holds one; undefined otherwise. */
export function enChiffres(requete: string): string | undefined {
  const mots = motsTapes(requete);
  const chiffres = mots.map((m) => NOMBRES[sansAccents(m)]?.toString() ?? m);
  return chiffres.some((c, i) => c !== mots[i]) ? chiffres.join(' ') : undefined;
}

/**
 * The query with a word that is not found split into two words of the vocabulary (« citystade » → « city stade »),
 * or with two neighbours joined into one when that word is in the vocabulary and either is not found
 * (« multi accueil » → « multiaccueil »). One query per way found, nearest to what was typed first.
 */
export function motsJointsOuSepares(requete: string, introuvables: readonly string[], vocabulaire: readonly string[]): string[] {
  const connus = new Set(vocabulaire.map(sansAccents));
  const manquants = new Set(introuvables);
  const mots = motsTapes(requete);
  const variantes: string[] = [];
  mots.forEach((mot, i) => {
    const cle = sansAccents(mot);
    if (manquants.has(cle)) {
      // A number glued to its word (« cite2 »): split there, whatever the lengths.
      const colle = /^(\p{L}+)(\d+)$|^(\d+)(\p{L}+)$/u.exec(mot);
      if (colle) variantes.push([...mots.slice(0, i), ...colle.slice(1).filter(Boolean), ...mots.slice(i + 1)].join(' '));
      for (let k = 4; k <= cle.length - 4; k++) {
        if (connus.has(cle.slice(0, k)) && connus.has(cle.slice(k))) variantes.push([...mots.slice(0, i), mot.slice(0, k), mot.slice(k), ...mots.slice(i + 1)].join(' '));
      }
    }
    const suivant = mots[i + 1];
    if (suivant && (manquants.has(cle) || manquants.has(sansAccents(suivant))) && connus.has(cle + sansAccents(suivant))) {
      variantes.push([...mots.slice(0, i), mot + suivant, ...mots.slice(i + 2)].join(' '));
    }
  });
  return [...new Set(variantes)];
}
