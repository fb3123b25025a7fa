/** The bounds of a range: « plus de 85 % » has no upper bound; a single value is min = max. */
export interface Bornes {
  min: number;
  max?: number | undefined;
}

/** A range as the CGET kit prints it: "25 à 30%", "plus de 40%", "0", "60 à 90". */
export interface Fourchette extends Bornes {
  unite: '%' | 'nombre';
}

const nombre = String.raw`(\d+(?:[.,]\d+)?)`;
const ENTRE = new RegExp(String.raw`^${nombre}\s*%?\s*à\s*${nombre}\s*(%?)$`, 'i');
const PLUS_DE = new RegExp(String.raw`^plus\s+de\s+${nombre}\s*(%?)$`, 'i');
const SEUL = new RegExp(String.raw`^${nombre}\s*(%?)$`);

const versNombre = (s: string) => Number(s.replace(',', '.'));

export function lireFourchette(valeur: string): Fourchette | undefined {
  const v = valeur.trim();
  let m = ENTRE.exec(v);
  if (m) return { min: versNombre(m[1]!), max: versNombre(m[2]!), unite: m[3] ? '%' : 'nombre' };
  m = PLUS_DE.exec(v);
  if (m) return { min: versNombre(m[1]!), unite: m[2] ? '%' : 'nombre' };
  m = SEUL.exec(v);
  if (m) return { min: versNombre(m[1]!), max: versNombre(m[1]!), unite: m[2] ? '%' : 'nombre' };
  return undefined;
}
