// The order of the results Pagefind gives without ranking them: a search by filters alone (« this commune »)
// and a phrase between quotes. Pagefind lists those in the order it read the pages, which follows the disk (two
// machines give two orders); with a sort key on every page and document, the search page asks for this order instead.
import { sansAccents } from './texte.ts';
import { CLE_RANG, TYPES } from './constantes.ts';

/**
 * The kinds of results in the order they come: the places first (a commune before its quartiers, when its filter is
 * chosen), then what is in them (`page`: the texts marked `recherche: true`), then the words explained.
 */
const ORDRE: readonly string[] = [TYPES.commune, TYPES.quartier, TYPES.programme, TYPES.page, TYPES.equipement, TYPES.definition];

/**
 * The sort key of a page or document of type `type` named `nom`: its kind's place, then its name without accents or
 * capitals (Pagefind compares the keys as strings): « 1 cite des genets (qp900322) » for a fiche.
 */
export function rang(type: string, nom: string): string {
  const place = ORDRE.indexOf(type);
  return `${place === -1 ? ORDRE.length : place} ${sansAccents(nom)}`;
}

/** The value of `data-pagefind-sort` that gives Pagefind the key. */
export const attributRang = (type: string, nom: string) => `${CLE_RANG}:${rang(type, nom)}`;
