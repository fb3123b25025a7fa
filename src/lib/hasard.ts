/** mulberry32: a small seeded generator of numbers in [0, 1), the same on every machine (test data, fuzzing). */
export function mulberry32(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded draws over mulberry32, shared by the benchmark's generator and the fuzz test: one number per draw. */
export function hasard(graine: number) {
  const suivant = mulberry32(graine);
  /** An integer in [0, n). */
  const indice = (n: number) => Math.floor(suivant() * n);
  return {
    suivant,
    indice,
    /** An integer in [min, max]. */
    entier: (min: number, max: number) => min + indice(max - min + 1),
    choisir: <T>(liste: readonly T[]): T => liste[indice(liste.length)]!,
    /** True with probability p. */
    vrai: (p: number) => suivant() < p,
  };
}

export type Hasard = ReturnType<typeof hasard>;
