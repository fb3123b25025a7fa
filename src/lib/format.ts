// French typography: narrow no-break space between thousands, no-break space before € and %.

const NBSP = '\u00a0';
const entiers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimaux = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function nombre(n: number): string {
  return Number.isInteger(n) ? entiers.format(n) : decimaux.format(n);
}

export function euros(n: number): string {
  return `${nombre(n)}${NBSP}€`;
}

/** « 1 équipement », « 12 équipements », « 1 500 quartiers »: a count and its noun, plural from 2. */
export const compte = (n: number, singulier: string, pluriel = `${singulier}s`): string => `${nombre(n)} ${n > 1 ? pluriel : singulier}`;

export function pourcent(part: number): string {
  return `${decimaux.format(part * 100)}${NBSP}%`;
}

/** ASCII kebab-case, for URLs and ids: "Évin-Malmaison" → "evin-malmaison". */
export function slug(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function listeFrancaise(elements: readonly string[]): string {
  if (elements.length <= 1) return elements.join('');
  return `${elements.slice(0, -1).join(', ')} et ${elements.at(-1)}`;
}

/** A heading inside a sentence: « Âges » becomes « âges », an acronym stays (« QPV de… »). */
export const minuscule = (t: string): string => (/^\p{Lu}{2}/u.test(t) ? t : t.charAt(0).toLocaleLowerCase('fr') + t.slice(1));

/** « national » at the start of a cell: « National ». */
export const majuscule = (t: string): string => t.charAt(0).toLocaleUpperCase('fr') + t.slice(1);

/** The first word of a heading, for a short link to it: « Diagnostic par pilier » gives « Diagnostic ». */
export const premierMot = (t: string): string => t.split(/\s+/)[0] ?? t;

/** « de diagnostic », « d’enjeux » : « de » elided before a vowel or a mute h. */
export const deMot = (t: string): string => (/^[aeiouyàâäéèêëîïôöùûüh]/i.test(t) ? `d’${t}` : `de ${t}`);
