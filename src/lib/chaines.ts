/** Every string of a value, at any depth (the texts of fiches and programmes, for the vocabulary and the glossary). */
export function chaines(x: unknown): string[] {
  const sortie: string[] = [];
  ajouterChaines(x, sortie);
  return sortie;
}

// Into one array: at 1,500 fiches (630,000 strings) an array per level of every value, joined upward, was most of the
// garbage Astro's process collected while it made the glossary.
function ajouterChaines(x: unknown, sortie: string[]): void {
  if (typeof x === 'string') sortie.push(x);
  else if (Array.isArray(x)) for (const y of x) ajouterChaines(y, sortie);
  else if (x && typeof x === 'object') for (const y of Object.values(x)) ajouterChaines(y, sortie);
}
