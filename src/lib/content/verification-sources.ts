// The transcription check (npm run verifier-sources): every text of the content, of LONGUEUR_MIN characters or more,
// must be found as it is in the text of the source documents. Accents, case, spacing, hyphens, quotes and the
// bullets and markers the sources put around items are set aside, so that OCR line breaks and typographic
// apostrophes do not count as differences; the words must be the same.

/** Keys that hold identifiers, file names or the publisher's own words, not text of the sources. */
export const CLES_NON_TRANSCRITES: ReadonlySet<string> = new Set(['id', 'document', 'pilier', 'remarque', 'fichier', 'url']);
/** Shorter texts (a name, a figure) are found anywhere and prove nothing. */
export const LONGUEUR_MIN = 20;

/** The form texts are compared in: no markup, accents, case, spaces, hyphens, quote variants, bullets or markers. */
export function normaliser(s: string): string {
  return s
    .replace(/<[^>]+>/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[«»“”]/g, '"')
    .replace(/[*✓•□■\\\-‐–]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '');
}

export interface TexteAVerifier {
  /** Dotted path of the field, e.g. `diagnostics.0.piliers.1.atouts.3`. */
  champ: string;
  texte: string;
}

/** The texts of a parsed YAML file that must come from the sources, with their fields. */
export function textesAVerifier(data: unknown): TexteAVerifier[] {
  const trouves: TexteAVerifier[] = [];
  (function visiter(noeud: unknown, chemin: (string | number)[]) {
    if (typeof noeud === 'string') {
      const cle = chemin.at(-1);
      if (typeof cle === 'string' && CLES_NON_TRANSCRITES.has(cle)) return;
      // A list item's own bullet (« - », « • ») is not part of the text.
      const texte = noeud.replace(/^\s*(?:[-–•✓o]\s+)+/, '');
      if (normaliser(texte).length >= LONGUEUR_MIN) trouves.push({ champ: chemin.join('.'), texte });
    } else if (Array.isArray(noeud)) noeud.forEach((v, i) => visiter(v, [...chemin, i]));
    else if (noeud && typeof noeud === 'object') for (const [k, v] of Object.entries(noeud)) visiter(v, [...chemin, k]);
  })(data, []);
  return trouves;
}

export interface Absent extends TexteAVerifier {
  /** The content file, relative to the content folder. */
  fichier: string;
}

/** Looks up every text of `fichiers` in the documents' text; returns how many were looked up and those not found. */
export function verifierTextes(fichiers: readonly { fichier: string; data: unknown }[], documents: readonly string[]): { textes: number; absents: Absent[] } {
  const corpus = documents.map(normaliser).join('\n');
  let textes = 0;
  const absents: Absent[] = [];
  for (const { fichier, data } of fichiers) {
    for (const t of textesAVerifier(data)) {
      textes++;
      if (!corpus.includes(normaliser(t.texte))) absents.push({ fichier, ...t });
    }
  }
  return { textes, absents };
}
