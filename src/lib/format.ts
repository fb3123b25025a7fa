// French typography: narrow no-break space between thousands, no-break space before € and %.

const NBSP = '\u00a0';
const entiers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimaux = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function nombre(n: number): string {
  return Number.isInteger(n) ? entiers.format(n) : decimaux.format(n);
}

export function euros(n: number): string {
  return `${nombre(n)}${NBSP}€`;
}

/** « 1 équipement », « 12 équipements », « 1 500 quartiers »: a count and its noun, plural from 2. */
export const compte = (n: number, singulier: string, pluriel = `${singulier}s`): string => `${nombre(n)} ${n > 1 ? pluriel : singulier}`;

export function pourcent(part: number): string {
  return `${decimaux.format(part * 100)}${NBSP}%`;
}

/** ASCII kebab-case, for URLs and ids: "Évin-Malmaison" → "evin-malmaison". */
export function slug(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function listeFrancaise(elements: readonly string[]): string {
  if (elements.length <= 1) return elements.join('');
  return `${elements.slice(0, -1).join(', ')} et ${elements.at(-1)}`;
}
