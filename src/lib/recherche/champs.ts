// The fields of an équipement's text in its search record: written by the index (documents.ts), read back by the
// search page from Pagefind's content (resultats.ts). Writer and reader together, so that they change together.
import { echapperHtml } from '../html.ts';

/** Starts each field of an équipement's text, so that the search page can tell the fields apart. Not a word: not indexed. */
const SEPARATEUR_CHAMPS = '¦';

/** One field, as a paragraph (Pagefind's `weight` when given). */
export const ecrireChamp = (texte: string, poids?: number) => `<p${poids ? ` data-pagefind-weight="${poids}"` : ''}>${SEPARATEUR_CHAMPS} ${echapperHtml(texte)}</p>`;

/** The fields of an équipement's block, in the order `ecrireChamp` wrote them, from the words of Pagefind's content. */
export function lireChamps(mots: readonly string[]): string[] {
  return mots
    .join(' ')
    .split(new RegExp(`\\s*${SEPARATEUR_CHAMPS}\\s*`))
    .slice(1)
    .map((c) => c.replace(/\.$/, '').trim()); // the full stop Pagefind puts after each paragraph
}
