// Anchors shared by the fiche page and the search records that link into it.
export const ancres = {
  tableau: (i: number) => `diagnostic-${i + 1}`,
  pilier: (i: number, j: number) => `diagnostic-${i + 1}-pilier-${j + 1}`,
  /** Row k of a badly read table (numbered as printed, repeated rows included). */
  ligne: (i: number, k: number) => `diagnostic-${i + 1}-ligne-${k + 1}`,
  equipement: (id: string) => `eq-${id}`,
};
/** Panel of a commune's quartiers in « Trouver mon quartier » (home page). */
export const idPanneauCommune = (slugCommune: string) => `quartiers-de-${slugCommune}`;
/** The full list of quartiers on the home page, where the breadcrumb « Quartiers » leads. */
export const ID_LISTE_QUARTIERS = 'liste-quartiers';
/** A quartier's row on the page of revenues (revenus/), where its fiche's revenue strip leads. */
export const idRevenu = (slug: string) => `q-${slug}`;
