// What a Zod schema expects at a path of a file (`source`, `equipements.2`), for the messages that name the keys a
// block may or must hold: a misspelled key gets the nearest known one, a missing block its required keys.
import type { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';

type Schema = z.core.$ZodType;
type Definition = { type: string; innerType?: Schema; in?: Schema; shape?: Record<string, Schema>; element?: Schema; options?: Schema[] };

const definition = (s: Schema) => s._zod.def as unknown as Definition;

/** The schema under its wrappers (optional, default, pipe…). */
function deballer(s: Schema): Schema {
  for (;;) {
    const d = definition(s);
    const interieur = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!interieur) return s;
    s = interieur;
  }
}

/** The object schemas a block at `chemin` may follow (several for a union: a programme's kinds). */
function blocsAuChemin(racine: Schema, chemin: readonly PropertyKey[]): Schema[] {
  let courants = [racine];
  for (const cle of chemin) {
    courants = courants.flatMap((s) => alternatives(deballer(s))).flatMap((s) => {
      const d = definition(s);
      if (d.type === 'object' && typeof cle === 'string') return d.shape?.[cle] ? [d.shape[cle]] : [];
      if (d.type === 'array' && typeof cle === 'number') return d.element ? [d.element] : [];
      return [];
    });
  }
  return courants.flatMap((s) => alternatives(deballer(s))).filter((s) => definition(s).type === 'object');
}

function alternatives(s: Schema): Schema[] {
  const d = definition(s);
  return d.type === 'union' ? (d.options ?? []).flatMap((o) => alternatives(deballer(o))) : [s];
}

/** Keys of the block at `chemin`: all of them, and those that must be written. */
export function clesDuBloc(racine: Schema, chemin: readonly PropertyKey[]): { toutes: string[]; obligatoires: string[] } {
  const toutes = new Set<string>();
  const obligatoires = new Set<string>();
  for (const bloc of blocsAuChemin(racine, chemin)) {
    for (const [cle, schema] of Object.entries(definition(bloc).shape ?? {})) {
      toutes.add(cle);
      // A key is optional when its schema takes « nothing » (optional, or a default).
      if (!(schema as z.ZodType).safeParse(undefined).success) obligatoires.add(cle);
    }
  }
  return { toutes: [...toutes], obligatoires: [...obligatoires] };
}

/** The known key nearest to a misspelled one, when it is near enough to be what was meant. */
export function cleLaPlusProche(cle: string, connues: readonly string[]): string | undefined {
  const minuscule = cle.toLowerCase();
  let meilleure: { cle: string; d: number } | undefined;
  for (const c of connues) {
    const d = distance(minuscule, c);
    if (!meilleure || d < meilleure.d) meilleure = { cle: c, d };
  }
  return meilleure && meilleure.d <= Math.max(2, Math.floor(cle.length / 3)) ? meilleure.cle : undefined;
}
