// One rule for the words the site puts before a name (« de », « à », « la »), on the pages, in their metadata, in
// the search and in the territory kit: « d’Avion », « du Portel », « aux Attaques », « l’Eurométropole », « de Harnes ».
import hMuets from './h-muets.json' with { type: 'json' };

// An h is taken as aspirated (« de Harnes », « de Hulluch »), and a y before a vowel as a consonant (« de Yutz »), unless
// the name is listed in h-muets.json: « de » before a mute h is the plain administrative form, whereas « d’ » before an
// aspirated h is a mistake every local reader hears; the list holds the names whose elided form is the usage.
const ELIDES = new Set<string>(hMuets.noms);

/** Whether a word (a name) begins with a vowel sound: a vowel, a y before a consonant (« Yvetot »), a listed mute h. */
export function commenceParVoyelle(mot: string): boolean {
  const lettres = mot.normalize('NFD').replace(/\p{M}/gu, '');
  if (/^[aeiouœæ]/iu.test(lettres) || /^y[^aeiouy\s-]/iu.test(lettres)) return true;
  return /^[hy]/iu.test(lettres) && ELIDES.has(mot);
}

/** A name's leading article that French contracts with « de » and « à » (« Le Portel », « Les Attaques »), and the rest. */
function article(nom: string): ['le' | 'les', string] | undefined {
  const m = /^(Le|Les) (.+)$/u.exec(nom);
  return m ? [m[1]!.toLowerCase() as 'le' | 'les', m[2]!] : undefined;
}

/** « de Douai », « d’Avion », « d’Éleu-dit-Leauwette », « de Harnes », « du Portel », « des Attaques », « de La Bassée ». */
export function de(nom: string): string {
  const a = article(nom);
  if (a) return `${a[0] === 'le' ? 'du' : 'des'} ${a[1]}`;
  return commenceParVoyelle(nom) ? `d’${nom}` : `de ${nom}`;
}

/** « à Lens », « au Portel », « aux Attaques », « à La Bassée ». */
export function a(nom: string): string {
  const art = article(nom);
  if (art) return `${art[0] === 'le' ? 'au' : 'aux'} ${art[1]}`;
  return `à ${nom}`;
}

/** « la CALL », « l’Eurométropole de Strasbourg »: the article « la » before a feminine name. */
export const la = (nom: string): string => (commenceParVoyelle(nom) ? `l’${nom}` : `la ${nom}`);
