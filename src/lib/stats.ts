export function mediane(valeurs: readonly number[]): number {
  if (!valeurs.length) throw new Error('médiane d’une liste vide');
  const tri = [...valeurs].sort((a, b) => a - b);
  const milieu = Math.floor(tri.length / 2);
  return tri.length % 2 ? tri[milieu]! : (tri[milieu - 1]! + tri[milieu]!) / 2;
}

/**
 * Each value's rank from the smallest (1; equal values share it) and how many other values equal it,
 * in the order of `valeurs`: one sort for all, so that ranking N values costs N log N, not N².
 */
export function rangs(valeurs: readonly number[]): { rang: number; egaux: number }[] {
  const tri = [...valeurs].sort((a, b) => a - b);
  const debut = new Map<number, number>();
  const fois = new Map<number, number>();
  tri.forEach((v, i) => {
    if (!debut.has(v)) debut.set(v, i);
    fois.set(v, (fois.get(v) ?? 0) + 1);
  });
  return valeurs.map((v) => ({ rang: debut.get(v)! + 1, egaux: fois.get(v)! - 1 }));
}
