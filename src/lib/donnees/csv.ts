// CSV as French spreadsheets expect it: UTF-8 with a byte order mark, ";" between fields, CRLF.
// The same constants describe the files to validators (the dialect of datapackage.json).

export const CSV = {
  separateur: ';',
  finDeLigne: '\r\n',
  guillemet: '"',
  bom: '\ufeff',
  vrai: 'oui',
  faux: 'non',
} as const;

/** Cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
const FORMULE = /^[=+@\t\r]/;

export type Cellule = string | number | boolean | undefined;

export function celluleCsv(valeur: Cellule): string {
  if (valeur === undefined) return '';
  let texte = typeof valeur === 'boolean' ? (valeur ? CSV.vrai : CSV.faux) : String(valeur);
  if (FORMULE.test(texte)) texte = `'${texte}`;
  return /[";\r\n]/.test(texte) ? `"${texte.replace(/"/g, '""')}"` : texte;
}

export function versCsv(colonnes: readonly string[], lignes: readonly Record<string, Cellule>[]): string {
  const corps = lignes.map((l) => colonnes.map((c) => celluleCsv(l[c])).join(CSV.separateur));
  return `${CSV.bom}${[colonnes.join(CSV.separateur), ...corps].join(CSV.finDeLigne)}${CSV.finDeLigne}`;
}
