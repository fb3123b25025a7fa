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

/** The text of a CSV file, a line at a time, so that a large table is never held whole: the BOM and the header, then each row. */
export function* lignesCsv(colonnes: readonly string[], lignes: Iterable<readonly Cellule[]>): Generator<string> {
  yield `${CSV.bom}${colonnes.join(CSV.separateur)}${CSV.finDeLigne}`;
  for (const l of lignes) yield `${l.map(celluleCsv).join(CSV.separateur)}${CSV.finDeLigne}`;
}
