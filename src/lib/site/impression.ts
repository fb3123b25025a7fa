// Running header and footer of a printed page, as @page margin boxes (Chromium draws them; no JavaScript needed).

/** A CSS string literal: quotes, backslashes and line breaks escaped, so no title can break out of it. */
export function chaineCss(texte: string): string {
  return `"${texte.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n\f]+/g, ' ')}"`;
}

const dateFr = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

/** « 1er décembre 2026 », « 2 décembre 2026 ». */
export function dateEnFrancais(iso: string): string {
  return dateFr.format(new Date(iso)).replace(/^1 /, '1er ');
}

/**
 * The site's title top right (every page), and for a fiche its name top left and the date of the data bottom left;
 * « page N / M » bottom right comes from impression.css. The date is the build's: a printout cannot know the day it
 * is printed without a script, and fiches ship none.
 */
export function enteteImpression(p: { site: string; titre?: string; date?: string }): string {
  const boites = [
    ...(p.titre === undefined ? [] : [`  @top-left { content: ${chaineCss(p.titre)}; }`]),
    `  @top-right { content: ${chaineCss(p.site)}; }`,
    ...(p.date === undefined ? [] : [`  @bottom-left { content: ${chaineCss(`Version du ${dateEnFrancais(p.date)}`)}; }`]),
  ];
  return `@page {\n${boites.join('\n')}\n}\n`;
}
