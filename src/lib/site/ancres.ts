// Anchors shared by the fiche page and the search records that link into it.
export const ancres = {
  tableau: (i: number) => `diagnostic-${i + 1}`,
  pilier: (i: number, j: number) => `diagnostic-${i + 1}-pilier-${j + 1}`,
  equipement: (id: string) => `eq-${id}`,
};
