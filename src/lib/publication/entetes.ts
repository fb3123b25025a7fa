/** One block of a `_headers` file (Netlify / Cloudflare Pages format): a path pattern and its headers. */
export interface RegleEntetes {
  motif: string;
  entetes: [string, string][];
  correspond(chemin: string): boolean;
}

/** Parses the `_headers` format: an unindented path pattern, then indented "Name: value" lines. */
export function lireEntetes(texte: string): RegleEntetes[] {
  const regles: RegleEntetes[] = [];
  for (const ligne of texte.split(/\r?\n/)) {
    if (!ligne.trim() || ligne.trim().startsWith('#')) continue;
    if (!/^\s/.test(ligne)) {
      const motif = ligne.trim();
      const re = new RegExp(`^${motif.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      regles.push({ motif, entetes: [], correspond: (chemin) => re.test(chemin) });
      continue;
    }
    const regle = regles.at(-1);
    const i = ligne.indexOf(':');
    if (regle && i > 0) regle.entetes.push([ligne.slice(0, i).trim(), ligne.slice(i + 1).trim()]);
  }
  return regles;
}
