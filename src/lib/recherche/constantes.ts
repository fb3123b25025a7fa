// Shared by the index (build) and the search page (browser): kept apart so that the page's bundle stays small.

/** Result types, as Pagefind's « type » filter and the rows show them. */
export const TYPES = { quartier: 'Quartier', commune: 'Commune', equipement: 'Équipement', section: 'Section de fiche', programme: 'Programme', definition: 'Définition' } as const;

/** Pagefind's sort key of every page and document (rang.ts): what a search by filters alone, or a phrase, is sorted by. */
export const CLE_RANG = 'rang';
