// CSV as French spreadsheets expect it: UTF-8 with a byte order mark, ";" between fields, CRLF.

/** Cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
const FORMULE = /^[=+@\t\r]/;

export function celluleCsv(valeur: string | number | boolean | undefined): string {
  if (valeur === undefined) return '';
  let texte = typeof valeur === 'boolean' ? (valeur ? 'oui' : 'non') : String(valeur);
  if (FORMULE.test(texte)) texte = `'${texte}`;
  return /[";\r\n]/.test(texte) ? `"${texte.replace(/"/g, '""')}"` : texte;
}

export function versCsv(colonnes: readonly string[], lignes: readonly Record<string, string | number | boolean | undefined>[]): string {
  const corps = lignes.map((l) => colonnes.map((c) => celluleCsv(l[c])).join(';'));
  return `\ufeff${[colonnes.join(';'), ...corps].join('\r\n')}\r\n`;
}
