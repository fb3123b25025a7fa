// The state of a search lives in the URL (?q=…&commune=…), so that it can be shared and reloaded.

/** The filters of the search page, in the order of its panel, with their labels. */
export const FILTRES = [
  ['type', 'Type de résultat'],
  ['commune', 'Commune'],
  ['quartier', 'Quartier'],
  ['liste', 'Liste des quartiers'],
  ['npnru', 'Renouvellement urbain (NPNRU)'],
  ['domaine', 'Domaine de l’équipement'],
] as const;

export type CleFiltre = (typeof FILTRES)[number][0];

export interface EtatRecherche {
  q: string;
  filtres: Partial<Record<CleFiltre, string[]>>;
  /** The query as typed, never corrected (« Rechercher exactement »). */
  exact?: boolean;
}

export function lireEtat(recherche: string): EtatRecherche {
  const params = new URLSearchParams(recherche);
  const filtres: EtatRecherche['filtres'] = {};
  for (const [cle] of FILTRES) {
    const valeurs = [...new Set(params.getAll(cle).filter(Boolean))];
    if (valeurs.length) filtres[cle] = valeurs;
  }
  return { q: (params.get('q') ?? '').trim(), filtres, ...(params.get('exact') === '1' ? { exact: true } : {}) };
}

/** « ?q=…&commune=… », or '' for an empty search. */
export function ecrireEtat(e: EtatRecherche): string {
  const params = new URLSearchParams();
  if (e.q) params.set('q', e.q);
  for (const [cle] of FILTRES) for (const v of e.filtres[cle] ?? []) params.append(cle, v);
  if (e.exact && e.q) params.set('exact', '1');
  const texte = params.toString();
  return texte ? `?${texte}` : '';
}

export const nombreFiltres = (e: EtatRecherche) => Object.values(e.filtres).reduce((n, v) => n + (v?.length ?? 0), 0);

/** Pagefind's filter object: any of the ticked values of a filter, all filters at once. */
export const filtresPagefind = (e: EtatRecherche) => Object.fromEntries(Object.entries(e.filtres).map(([cle, valeurs]) => [cle, { any: valeurs }]));
