import type { Indicateur, Quartier } from '../../schemas/index.ts';

/** Every quartier's line of each CGET indicator, gathered once for the whole build (each fiche compares against it). */
export function indicateursParId(quartiers: readonly Quartier[]): Map<string, Indicateur[]> {
  const parId = new Map<string, Indicateur[]>();
  for (const q of quartiers) {
    for (const i of q.indicateurs ?? []) {
      const liste = parId.get(i.id);
      if (liste) liste.push(i);
      else parId.set(i.id, [i]);
    }
  }
  return parId;
}
