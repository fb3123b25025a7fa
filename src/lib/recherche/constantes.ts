// Shared by the index (build) and the search page (browser): kept apart so that the page's bundle stays small.

/** Result types, as Pagefind's « type » filter and the rows show them. */
export const TYPES = { quartier: 'Quartier', commune: 'Commune', equipement: 'Équipement', section: 'Section de fiche', programme: 'Programme', definition: 'Définition', page: 'Page' } as const;

/** The type a page of the site gives Pagefind (src/layouts/Base.astro's `typeRecherche`). */
export type TypeRecherche = (typeof TYPES)[keyof typeof TYPES];

/** Pagefind's sort key of every page and document (rang.ts): what a search by filters alone, or a phrase, is sorted by. */
export const CLE_RANG = 'rang';
