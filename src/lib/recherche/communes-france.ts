// The communes of France outside the published territory, for the search page: a query word that is one of their
// names (« carvin ») is not « corrected » into a word of the site, and the page says which intercommunality the commune
// belongs to. 35,000 names are too many for every search: they are cut into small files by the beginning of their
// searched words, and the page fetches, only when a word is not found, the one or two files that could hold it.
import { termes } from './texte.ts';

/** A commune as the files give it: its name, its EPCI's name ('' for none), its département's name. */
export type CommuneHors = [nom: string, epci: string, departement: string];

/** One file: the names of the EPCIs and départements once, the communes pointing to them. */
export interface FichierCommunes {
  epci: string[];
  departements: string[];
  communes: [nom: string, epci: number, departement: number][];
}

/** What the page fetches first: the territory (« la Communauté d’agglomération … ») and the files' prefixes. */
export interface Manifeste {
  territoire: string;
  prefixes: string[];
}

/** Most communes in one file: about 8 KB compressed. */
export const MAX_PAR_FICHIER = 500;

/** The key a name or a query is filed under: its searched words (`termes`) run together, « Hénin-Beaumont » → « heninbeaumont ». */
export const cle = (texte: string) => termes(texte).join('');

/**
 * The communes filed by the beginning of their key: each file holds the communes whose key starts with its prefix,
 * at most `max` of them unless their keys are no longer than the prefix; a longer prefix takes the rest.
 */
export function decouper(communes: readonly CommuneHors[], max = MAX_PAR_FICHIER): Map<string, CommuneHors[]> {
  const fichiers = new Map<string, CommuneHors[]>();
  const ranger = (prefixe: string, liste: { c: CommuneHors; k: string }[]) => {
    if (liste.length <= max) {
      if (liste.length) fichiers.set(prefixe, liste.map((x) => x.c));
      return;
    }
    const ici = liste.filter((x) => x.k.length <= prefixe.length);
    if (ici.length) fichiers.set(prefixe, ici.map((x) => x.c));
    const suite = new Map<string, { c: CommuneHors; k: string }[]>();
    for (const x of liste) {
      if (x.k.length <= prefixe.length) continue;
      const p = x.k.slice(0, prefixe.length + 1);
      const l = suite.get(p);
      if (l) l.push(x);
      else suite.set(p, [x]);
    }
    for (const [p, l] of suite) ranger(p, l);
  };
  ranger('', communes.map((c) => ({ c, k: cle(c[0]) })));
  return fichiers;
}

/** A file's content, the names of EPCIs and départements said once. */
export function fichier(communes: readonly CommuneHors[]): FichierCommunes {
  const epci = [...new Set(communes.map((c) => c[1]))];
  const departements = [...new Set(communes.map((c) => c[2]))];
  return { epci, departements, communes: communes.map(([nom, e, d]) => [nom, epci.indexOf(e), departements.indexOf(d)]) };
}

/** The files (their prefixes, see `decouper`) that may hold a commune named by the query's words from the `debut`-th on. */
export function fichiersPour(requete: string, debut: number, prefixes: readonly string[]): string[] {
  const texte = termes(requete).slice(debut).join('');
  return prefixes.filter((p) => p !== '' && texte.startsWith(p));
}

/** The communes of `communes` whose name is typed in the query, and the query terms each covers. */
export function nommees(requete: string, communes: readonly CommuneHors[]): { commune: CommuneHors; termes: string[] }[] {
  const voulu = ` ${termes(requete).join(' ')} `;
  return communes.flatMap((c) => {
    const mots = termes(c[0]);
    return mots.length && voulu.includes(` ${mots.join(' ')} `) ? [{ commune: c, termes: mots }] : [];
  });
}

/** A file's communes as `CommuneHors`. */
export const lireFichier = (f: FichierCommunes): CommuneHors[] => f.communes.map(([nom, e, d]) => [nom, f.epci[e] ?? '', f.departements[d] ?? '']);
