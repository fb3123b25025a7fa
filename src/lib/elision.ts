// One rule for the words the site puts before a name (« de », « à », « la »), on the pages, in their metadata, in
// the search and in the territory kit: « d’Avion », « du Portel », « aux Attaques », « l’Eurométropole », « de Harnes ».
import hMuets from './h-muets.json' with { type: 'json' };
import { article } from './articles.ts';

export { a } from './articles.ts';

// An h is taken as aspirated (« de Harnes », « de Hulluch »), and a y before a vowel as a consonant (« de Yutz »), unless
// the name is listed in h-muets.json: « de » before a mute h is the plain administrative form, whereas « d’ » before an
// aspirated h is a mistake every local reader hears. The list holds the communes whose elided form is the established
// usage (station and town hall names: « gare d’Hazebrouck », « ville d’Hénin-Beaumont », « d’Yerres »), each written as
// in the Code officiel géographique; add a name there, not a rule here.
let elides: ReadonlySet<string> | undefined;
const hMuet = (nom: string) => (elides ??= new Set(hMuets)).has(nom);

/** Whether a word (a name) begins with a vowel sound: a vowel, a y before a consonant (« Yvetot »), a listed mute h. */
export function commenceParVoyelle(mot: string): boolean {
  const lettres = mot.normalize('NFD').replace(/\p{M}/gu, '');
  if (/^[aeiouœæ]/iu.test(lettres) || /^y[^aeiouy\s-]/iu.test(lettres)) return true;
  return /^[hy]/iu.test(lettres) && hMuet(mot);
}

/** « de Douai », « d’Avion », « d’Éleu-dit-Leauwette », « de Harnes », « du Portel », « des Attaques », « de La Bassée ». */
export function de(nom: string): string {
  const a = article(nom);
  if (a) return `${a[0] === 'le' ? 'du' : 'des'} ${a[1]}`;
  return commenceParVoyelle(nom) ? `d’${nom}` : `de ${nom}`;
}

/** « la CAD », « l’Eurométropole de Strasbourg »: the article « la » before a feminine name. */
export const la = (nom: string): string => (commenceParVoyelle(nom) ? `l’${nom}` : `la ${nom}`);
