// Finds the Lens-Liévin territory's names in files: the unit test runs it over src/ and scripts/, the build test of the
// second territory over its built site.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The territory's names as words: « Lens », « Liévin » (any case, with or without accent), « CALL » (in capitals: « call » is English), its SIREN. */
export const NOMS_DU_TERRITOIRE = /(?<![\p{L}\p{N}])(?:(?:[Ll][Ee][Nn][Ss]|[Ll][Ii][EeÉé][Vv][Ii][Nn])|CALL|246200364)(?![\p{L}\p{N}])/u;

/** `fichier:ligne: texte` of each line of the files under `dossiers` that names the territory. */
export function mentions(dossiers: readonly string[], motif = NOMS_DU_TERRITOIRE): string[] {
  const trouvees: string[] = [];
  for (const dossier of dossiers) {
    for (const f of readdirSync(dossier, { recursive: true, encoding: 'utf8' }).sort()) {
      const chemin = join(dossier, f);
      let texte: string;
      try {
        texte = readFileSync(chemin, 'utf8');
      } catch {
        continue; // a folder
      }
      texte.split('\n').forEach((ligne, i) => {
        if (motif.test(ligne)) trouvees.push(`${chemin}:${i + 1}: ${ligne.trim().slice(0, 120)}`);
      });
    }
  }
  return trouvees;
}
