export function mediane(valeurs: readonly number[]): number {
  if (!valeurs.length) throw new Error('médiane d’une liste vide');
  const tri = [...valeurs].sort((a, b) => a - b);
  const milieu = Math.floor(tri.length / 2);
  return tri.length % 2 ? tri[milieu]! : (tri[milieu - 1]! + tri[milieu]!) / 2;
}

/** 1 for the smallest value; equal values share a rank. */
export function rangCroissant(valeur: number, valeurs: readonly number[]): number {
  return valeurs.filter((v) => v < valeur).length + 1;
}
