import type { Quartier } from '../../schemas/index.ts';

/** Top of the scale of each count indicator: the largest bound printed in any fiche. */
export function echellesIndicateurs(quartiers: readonly Quartier[]): Map<string, number> {
  const echelles = new Map<string, number>();
  for (const q of quartiers) {
    for (const i of q.indicateurs ?? []) {
      if (i.unite !== 'nombre') continue;
      echelles.set(i.id, Math.max(echelles.get(i.id) ?? 0, i.max ?? i.min));
    }
  }
  return echelles;
}
