/** Every string of a value, at any depth (the texts of fiches and programmes, for the vocabulary and the glossary). */
export const chaines = (x: unknown): string[] =>
  typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(chaines) : x && typeof x === 'object' ? Object.values(x).flatMap(chaines) : [];
