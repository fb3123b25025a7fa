// Pagefind's search API, loaded once, with the site's ranking. Only what the page uses is typed.
import type { Fragment } from '../../lib/recherche/resultats.ts';
import { CLE_RANG } from '../../lib/recherche/constantes.ts';

export type Comptes = Record<string, Record<string, number>>;

export interface Resultat {
  id: string;
  score: number;
  data: () => Promise<Fragment>;
}

export interface Reponse {
  results: Resultat[];
  /** Results left for each filter value (only once `filtres()` has loaded the filter files). */
  filters?: Comptes;
}

interface Api {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown>; sort?: Record<string, string> }) => Promise<Reponse>;
  filters: () => Promise<Comptes>;
}

/**
 * Ranking (https://pagefind.app/docs/ranking/): the name of the page's subject (`nom`, on a fiche and a
 * commune page) weighs most, then the title, then the kinds of équipements a commune has (`genres`); words
 * much longer than the one typed weigh less, so that « cité 2 » prefers « 2 » to « 2015-2020 ».
 */
const CLASSEMENT = { metaWeights: { nom: 10, title: 4, genres: 5 }, termSimilarity: 2 };

let chargement: Promise<Api> | undefined;

/** Loads Pagefind on first use (the page's script imports it from the built site, outside the bundle). */
export function pagefind(base: string): Promise<Api> {
  chargement ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Api;
    // In the page rather than in a worker: one file less to download, and the search takes a few milliseconds here.
    await api.options({ baseUrl: base, excerptLength: 24, noWorker: true, ranking: CLASSEMENT });
    await api.init();
    return api;
  })();
  chargement.catch(() => (chargement = undefined));
  return chargement;
}

let filtresCharges: Promise<Comptes> | undefined;

/** Loads every filter file, so that searches also return how many results each filter value has. */
export function chargerFiltres(api: Api): Promise<Comptes> {
  filtresCharges ??= api.filters();
  return filtresCharges;
}

/**
 * Pagefind does not rank a search by filters alone or a phrase between quotes: it lists them in the order it read the
 * pages, which follows the disk. They are asked in the order of rang.ts instead, and keep equal scores (Pagefind makes
 * the sort's positions their scores), as unranked results.
 */
async function chercherUne(api: Api, q: string | null, o: { filters?: Record<string, unknown> }): Promise<Reponse> {
  if (q !== null && !/^".*"$/.test(q)) return api.search(q, o);
  const r = await api.search(q, { ...o, sort: { [CLE_RANG]: 'asc' } });
  for (const x of r.results) x.score = 1;
  return r;
}

/**
 * One search sent as several queries (the spellings of `requetesPagefind`): their results together, each document once
 * at its best score, best first; each filter value counted at its largest.
 */
export async function chercherTout(api: Api, requetes: readonly (string | null)[], o: { filters?: Record<string, unknown> }): Promise<Reponse> {
  const reponses = await Promise.all(requetes.map((q) => chercherUne(api, q, o)));
  if (reponses.length === 1) return reponses[0]!;
  const parId = new Map<string, Resultat>();
  for (const r of reponses.flatMap((x) => x.results)) if ((parId.get(r.id)?.score ?? -Infinity) < r.score) parId.set(r.id, r);
  const comptes: Comptes = {};
  for (const [cle, valeurs] of reponses.flatMap((x) => Object.entries(x.filters ?? {}))) {
    for (const [v, n] of Object.entries(valeurs)) (comptes[cle] ??= {})[v] = Math.max(comptes[cle][v] ?? 0, n);
  }
  return { results: [...parId.values()].sort((a, b) => b.score - a.score), ...(reponses.some((x) => x.filters) ? { filters: comptes } : {}) };
}
