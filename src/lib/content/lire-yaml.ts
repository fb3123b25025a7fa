import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { lireYamlSimple } from './lecture-rapide.ts';
import { messageErreurYaml } from './erreurs-yaml.ts';
import type { Probleme } from './probleme.ts';

/** Files larger than this are refused before parsing: no fiche comes near it. */
export const TAILLE_MAX = 1_000_000;
/** Aliases are legitimate in YAML but never needed here; a low cap stops alias bombs. */
const ALIAS_MAX = 50;

export interface YamlLu {
  data: unknown;
  /** Line (1-based) of the node at `chemin`, or of its nearest existing parent. */
  ligne(chemin: readonly PropertyKey[]): number;
}

const problemeDuFichier = (fichier: string, message: string, ligne = 1): Probleme[] => [{ fichier, ligne, chemin: '', message }];

/**
 * Reads one YAML file (YAML 1.2, duplicate keys refused, aliases capped) and never throws:
 * every failure comes back as a located problem.
 */
export function lireYaml(fichier: string, octets: Uint8Array): YamlLu | Probleme[] {
  const texte = texteYaml(fichier, octets);
  return Array.isArray(texte) ? texte : analyserYaml(fichier, texte);
}

/** The text of a file, or why it cannot be read at all (too large, not UTF-8, empty). */
export function texteYaml(fichier: string, octets: Uint8Array): string | Probleme[] {
  if (octets.byteLength > TAILLE_MAX) {
    return problemeDuFichier(fichier, `fichier trop volumineux (${octets.byteLength} octets, ${TAILLE_MAX} au plus) : une fiche n'a pas besoin de tant de texte`);
  }
  let texte: string;
  try {
    texte = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(octets);
  } catch {
    return problemeDuFichier(fichier, "le fichier n'est pas encodé en UTF-8 : enregistrez-le en UTF-8 depuis votre éditeur");
  }
  if (texte.trim() === '') return problemeDuFichier(fichier, 'fichier vide : il doit contenir les champs de la fiche');
  return texte;
}

/**
 * The fast path: the data of a file written in the plain subset of YAML (see lecture-rapide.ts), or undefined.
 * Line numbers are only needed when a problem is reported: the full parser reads the file then, once.
 */
export function lireYamlRapide(fichier: string, texte: string): YamlLu | undefined {
  const data = lireYamlSimple(texte);
  if (data === undefined) return undefined;
  let complet: YamlLu | Probleme[] | undefined;
  return {
    data,
    ligne(chemin) {
      complet ??= analyserYaml(fichier, texte);
      return Array.isArray(complet) ? 1 : complet.ligne(chemin);
    },
  };
}

/** The full parser, which locates every problem. */
export function analyserYaml(fichier: string, texte: string): YamlLu | Probleme[] {
  const probleme = (message: string, ligne = 1) => problemeDuFichier(fichier, message, ligne);
  const compteur = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(texte, { version: '1.2', uniqueKeys: true, lineCounter: compteur, prettyErrors: false, strict: true });
  } catch (err) {
    return probleme(`YAML illisible : ${(err as Error).message}`);
  }
  const ligneDe = (offset: number | undefined) => (offset === undefined ? 1 : compteur.linePos(offset).line);
  if (doc.errors.length) {
    // One mistake often gives the parser two or three errors on the same line: the first says it best.
    const parLigne = new Map(doc.errors.toReversed().map((e) => [ligneDe(e.pos[0]), e]));
    return [...parLigne].toReversed().map(([ligne, e]) => {
      // A duplicate key is a field problem: name the field, as the schema errors do.
      const chemin = e.code === 'DUPLICATE_KEY' ? cheminDeLaCle(doc, e.pos[0]) : undefined;
      const message = chemin ? `clé en double « ${chemin.at(-1)} » : chaque clé ne peut apparaître qu'une fois dans un bloc ; gardez la bonne ligne` : messageErreurYaml(e);
      return { fichier, ligne, chemin: chemin?.join('.') ?? '', message: `YAML invalide : ${message}` };
    });
  }
  if (!isMap(doc.contents)) {
    const quoi = isSeq(doc.contents) ? 'une liste' : doc.contents === null ? 'rien' : 'une valeur seule';
    return probleme(`le fichier contient ${quoi} ; il doit contenir des clés (« code: … », « nom: … »)`, ligneDe((doc.contents as Node | null)?.range?.[0]));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: ALIAS_MAX });
  } catch (err) {
    return probleme(`YAML refusé : ${(err as Error).message} (alias trop nombreux ou imbriqués)`);
  }
  return {
    data,
    ligne(chemin) {
      for (let n = chemin.length; n >= 0; n--) {
        const noeud = doc.getIn(chemin.slice(0, n) as unknown[], true) as Node | undefined;
        if (noeud && typeof noeud === 'object' && noeud.range) {
          // For a missing or unknown key, the parent map's first line is the best place to point at.
          return ligneDe(noeud.range[0]);
        }
      }
      return 1;
    },
  };
}

/** Path (`source.page`, `equipements.2.nom`) of the key that starts at `offset`, if any. */
function cheminDeLaCle(doc: Document, offset: number): (string | number)[] | undefined {
  let trouve: (string | number)[] | undefined;
  visit(doc, {
    Pair(_, paire, parents) {
      if (!isScalar(paire.key) || paire.key.range?.[0] !== offset) return undefined;
      trouve = parents.flatMap((p, i): (string | number)[] => {
        if (isPair(p)) return [String(isScalar(p.key) ? p.key.value : p.key)];
        if (isSeq(p)) return [p.items.indexOf(parents[i + 1] as never)];
        return [];
      });
      trouve.push(String(paire.key.value));
      return visit.BREAK;
    },
  });
  return trouve;
}
