import type { Indicateur, Quartier } from '../../schemas/index.ts';
import { finEchelle, repartition, type Repartition } from './repartition.ts';

/** Every quartier's line of each CGET indicator, gathered once for the whole build. */
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

/**
 * Each indicator's ranges in every quartier that prints it, on the scale its charts share (0 to 100 % for a share,
 * else four round steps past the highest value): what a fiche compares its own line against.
 */
export function repartitionsIndicateurs(quartiers: readonly Quartier[]): Map<string, Repartition> {
  return new Map(
    [...indicateursParId(quartiers)].map(([id, liste]) => {
      const fin = liste[0]!.unite === '%' ? 100 : finEchelle(Math.max(...liste.map((x) => x.max ?? x.min * 1.25)));
      return [id, repartition(liste, fin)];
    }),
  );
}
