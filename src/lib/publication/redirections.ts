// The `_redirects` file of hosts that read one (Netlify, Cloudflare Pages): a fiche's address with its code as printed,
// in capitals (/quartiers/QP062019/), leads to its folder, in lower case. One static rule per fiche: these hosts have no
// lower-case function, and a case-insensitive file system must never see a second, capitalised copy of each folder.
// `npm run preview` reads the file back with lireRedirections, as those hosts do.

/** The rules, one a line: « source destination 301 », both under the base path. */
export function redirectionsCodes(quartiers: readonly { code: string; slug: string }[], lien: (chemin: string) => string): string {
  return quartiers
    .filter((q) => q.code !== q.slug)
    .map((q) => `${lien(`quartiers/${q.code}/`)} ${lien(`quartiers/${q.slug}/`)} 301\n`)
    .join('');
}

/** Static rules of a `_redirects` file (no splat or placeholder: this site writes none): source → destination and status. */
export function lireRedirections(texte: string): Map<string, { vers: string; statut: number }> {
  const regles = new Map<string, { vers: string; statut: number }>();
  for (const ligne of texte.split(/\r?\n/)) {
    const [source, vers, statut] = ligne.trim().split(/\s+/);
    if (!source || source.startsWith('#') || !vers) continue;
    // The first rule for a path wins, as on both hosts.
    if (!regles.has(source)) regles.set(source, { vers, statut: statut ? Number(statut) : 301 });
  }
  return regles;
}
