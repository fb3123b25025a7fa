import type { z } from 'astro/zod';

/** A list's refinement: two items with one `cle` could not be told apart, so the second is refused where it stands. */
export const sansDoublon =
  <T extends Record<K, string>, K extends string>(cle: K, quoi: string) =>
  (liste: readonly T[], ctx: z.RefinementCtx) => {
    const vus = new Set<string>();
    liste.forEach((x, i) => {
      if (vus.has(x[cle])) ctx.addIssue({ code: 'custom', path: [i, cle], message: `${quoi} « ${x[cle]} » déclaré deux fois : chaque ${cle} est unique, retirez ou renommez l’un des deux` });
      vus.add(x[cle]);
    });
  };
