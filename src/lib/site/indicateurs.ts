import type { Indicateur, Quartier } from '../../schemas/index.ts';
import { nombre } from '../format.ts';
import { finEchelle, repartition, type Repartition } from './repartition.ts';

/** The population base a label prints (« pour 100000h » → 100000), or undefined for a share or a bare count. */
export function baseIndicateur(libelle: string): number | undefined {
  const m = /pour\s*(\d[\d\s]*)\s*h\b/i.exec(libelle);
  return m ? Number(m[1]!.replace(/\s/g, '')) : undefined;
}

/** « pour 100 000 habitants », the printed base in plain words. */
export const baseEnMots = (base: number) => `pour ${nombre(base)} habitants`;

/** Key of an indicator's comparison group: the same line printed on the same base; a line on another base is not alike. */
export const cleComparaison = (i: Pick<Indicateur, 'id' | 'libelle'>) => `${i.id}|${baseIndicateur(i.libelle) ?? ''}`;

/** Every quartier's line of each CGET indicator, grouped by line and base, gathered once for the whole build. */
export function indicateursParCle(quartiers: readonly Quartier[]): Map<string, Indicateur[]> {
  const parCle = new Map<string, Indicateur[]>();
  for (const q of quartiers) {
    for (const i of q.indicateurs ?? []) {
      const cle = cleComparaison(i);
      const liste = parCle.get(cle);
      if (liste) liste.push(i);
      else parCle.set(cle, [i]);
    }
  }
  return parCle;
}

/** How many quartiers print each indicator (every base together), to say how many were left out of a comparison. */
export function comptesParId(quartiers: readonly Quartier[]): Map<string, number> {
  const comptes = new Map<string, number>();
  for (const q of quartiers) for (const i of q.indicateurs ?? []) comptes.set(i.id, (comptes.get(i.id) ?? 0) + 1);
  return comptes;
}

/**
 * Each indicator's ranges in every quartier that prints it on the same base (`cleComparaison`), on the scale its charts
 * share (0 to 100 % for a share, else four round steps past the highest value): what a fiche compares its own line against.
 */
export function repartitionsIndicateurs(quartiers: readonly Quartier[]): Map<string, Repartition> {
  return new Map(
    [...indicateursParCle(quartiers)].map(([cle, liste]) => {
      const fin = liste[0]!.unite === '%' ? 100 : finEchelle(Math.max(...liste.map((x) => x.max ?? x.min * 1.25)));
      return [cle, repartition(liste, fin)];
    }),
  );
}
