// How this quartier's value stands among the others' on one scale (revenue, each CGET indicator). Counted once per
// build (`repartition`), so that each fiche takes its own value out in a time that does not grow with the number of
// quartiers: a fiche page stays as fast to build at 5,000 quartiers as at 21.

import type { Bornes } from '../fourchette.ts';

/** The same range held by `n` quartiers. */
export type FourchetteComptee = Bornes & { n: number };

/** Every quartier's range on one scale cut in `cases` cells: how many cover each cell, and the distinct ranges. */
export interface Repartition {
  fin: number;
  cases: number;
  comptes: readonly number[];
  fourchettes: readonly FourchetteComptee[];
}

/** End of a scale that four equal steps of a round size divide: ticks at 0, ¼, ½, ¾ and the end fall on round values. */
export function finEchelle(maximum: number): number {
  if (maximum <= 0) return 4;
  const brut = maximum / 4;
  const puissance = 10 ** Math.floor(Math.log10(brut));
  const pas = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((k) => k * puissance).find((p) => p >= brut)!;
  return pas * 4;
}

/** Floor of a scale ending at `fin`: the highest multiple of its quarter at or below `minimum` (7,100 € on a 12,000 € scale → 6,000 €). */
export function debutEchelle(minimum: number, fin: number): number {
  const quart = fin / 4;
  return Math.max(0, Math.floor(minimum / quart) * quart);
}

/** First and last cell a range covers: the cells it overlaps, a single value its own cell, an open range up to the end. */
function casesCouvertes({ min, max }: Bornes, fin: number, cases: number): [number, number] {
  const premiere = Math.min(cases - 1, Math.max(0, Math.floor((min / fin) * cases)));
  const derniere = max === undefined ? cases - 1 : max > min ? Math.min(cases, Math.ceil((max / fin) * cases)) - 1 : premiere;
  return [premiere, Math.max(derniere, premiere)];
}

const cle = (f: Bornes) => `${f.min}|${f.max ?? ''}`;

export function repartition(intervalles: readonly Bornes[], fin: number, cases = 50): Repartition {
  const comptes = new Array<number>(cases).fill(0);
  const distinctes = new Map<string, FourchetteComptee>();
  for (const f of intervalles) {
    const [premiere, derniere] = casesCouvertes(f, fin, cases);
    for (let k = premiere; k <= derniere; k++) comptes[k]!++;
    const deja = distinctes.get(cle(f));
    if (deja) deja.n++;
    else distinctes.set(cle(f), { min: f.min, max: f.max, n: 1 });
  }
  return { fin, cases, comptes, fourchettes: [...distinctes.values()] };
}

/** The distinct ranges of the others: `ceci`'s own taken out once. */
export function autresQue(r: Repartition, ceci: Bornes): FourchetteComptee[] {
  return r.fourchettes.map((f) => (cle(f) === cle(ceci) ? { ...f, n: f.n - 1 } : f)).filter((f) => f.n > 0);
}

/** Other quartiers' ranges against this one: wholly below, the same, wholly above, overlapping. */
export function comparerFourchettes(ceci: Bornes, autres: readonly (Bornes & { n?: number })[]) {
  const r = { plusBas: 0, memes: 0, plusHaut: 0, chevauchent: 0 };
  for (const a of autres) {
    const n = a.n ?? 1;
    if (a.min === ceci.min && a.max === ceci.max) r.memes += n;
    else if (a.max !== undefined && a.max <= ceci.min) r.plusBas += n;
    else if (ceci.max !== undefined && a.min >= ceci.max) r.plusHaut += n;
    else r.chevauchent += n;
  }
  return r;
}

/**
 * Where the quartiers' values fall on the scale, as a few shaded runs instead of one mark per quartier, so that a page
 * stays the same size whether there are 20 or 1,500 of them; `sauf`, this quartier's own range, is left out. Each run
 * is a fraction of the scale [debut, fin[ with a shade from 1 (few quartiers) to 4 (the most).
 */
export function densite(r: Repartition, sauf?: Bornes): { debut: number; fin: number; niveau: 1 | 2 | 3 | 4 }[] {
  const comptes = [...r.comptes];
  if (sauf) {
    const [premiere, derniere] = casesCouvertes(sauf, r.fin, r.cases);
    for (let k = premiere; k <= derniere; k++) comptes[k]!--;
  }
  const plus = Math.max(...comptes);
  const runs: { debut: number; fin: number; niveau: 1 | 2 | 3 | 4 }[] = [];
  comptes.forEach((n, k) => {
    if (n <= 0) return;
    const niveau = Math.max(1, Math.ceil((n / plus) * 4)) as 1 | 2 | 3 | 4;
    const dernier = runs.at(-1);
    if (dernier && dernier.niveau === niveau && dernier.fin === k / r.cases) dernier.fin = (k + 1) / r.cases;
    else runs.push({ debut: k / r.cases, fin: (k + 1) / r.cases, niveau });
  });
  return runs;
}

/**
 * The runs of `densite` drawn on a band `largeur` wide, from `y`, `hauteur` high: one SVG path per shade, its runs as
 * rectangles, instead of one element per run. The same drawing, in a fifth of the markup: at 1,500 quartiers a fiche
 * carried 240 <rect> of chart (20 KB of its 61), which Astro wrote, Pagefind read and the glossary's linker skipped.
 * A run ends where the next begins (no gap, no overlap from rounding); `largeurMin` keeps a thin run visible.
 */
export function tracesDensite(
  runs: readonly { debut: number; fin: number; niveau: 1 | 2 | 3 | 4 }[],
  { largeur, y, hauteur, largeurMin = 0 }: { largeur: number; y: number; hauteur: number; largeurMin?: number },
): { niveau: 1 | 2 | 3 | 4; d: string }[] {
  const parNiveau = new Map<1 | 2 | 3 | 4, string[]>();
  for (const { debut, fin, niveau } of runs) {
    const x = Math.round(debut * largeur);
    const l = Math.max(largeurMin, Math.round(fin * largeur) - x);
    const traces = parNiveau.get(niveau) ?? [];
    traces.push(`M${x} ${y}h${l}v${hauteur}h-${l}z`);
    parNiveau.set(niveau, traces);
  }
  return [...parNiveau].sort(([a], [b]) => a - b).map(([niveau, d]) => ({ niveau, d: d.join('') }));
}
