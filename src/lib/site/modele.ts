import { generationDuCode, type DomaineBpe, type Equipement, type Programme, type Quartier } from '../../schemas/index.ts';
import { slug } from '../format.ts';
import { mediane, rangs } from '../stats.ts';
import type { CommuneOfficielle } from '../communes-officielles.ts';
import { listesQpv } from '../libelles.ts';
import type { Entree as EntreeGlossaire, SigleIncertain } from '../glossaire.ts';
import { comptesParId, repartitionsIndicateurs } from './indicateurs.ts';
import { debutEchelle, finEchelle, repartition, type Repartition } from './repartition.ts';

export interface CommuneVue extends CommuneOfficielle {
  slug: string;
  /** Member of the published territory's EPCI (territoire.yaml); a fiche may name a commune outside it. */
  membreEpci: boolean;
  /** Codes of the quartiers that extend over the commune. */
  quartiers: string[];
  /** Ids of the équipements located in the commune. */
  equipements: string[];
}

/** An équipement once, whatever the number of fiches that list it. */
export interface EquipementVue extends Equipement {
  /** Codes of the quartiers it is attached to, in code order. */
  quartiers: string[];
}

export interface QuartierVue extends Quartier {
  slug: string;
  /** 1 = lowest revenu fiscal médian of the set. */
  rangRevenu: number;
  /** How many other quartiers have the same revenu fiscal médian. */
  egauxRevenu: number;
  precedent?: string;
  suivant?: string;
}

export interface Modele {
  quartiers: QuartierVue[];
  quartier: Map<string, QuartierVue>;
  communes: CommuneVue[];
  commune: Map<string, CommuneVue>;
  equipements: EquipementVue[];
  equipement: Map<string, EquipementVue>;
  /** Programmes (NPNRU, GUSP, TFPB), by quartier code then type then id. */
  programmes: Programme[];
  programme: Map<string, Programme>;
  /** Programmes of each quartier that has any. */
  programmesParQuartier: Map<string, Programme[]>;
  /** Each CGET indicator's ranges in every quartier that prints it on the same base (key `cleComparaison`): what a fiche compares its own line against. */
  indicateurs: Map<string, Repartition>;
  /** How many quartiers print each indicator, whatever its base. */
  quartiersParIndicateur: Map<string, number>;
  /** Every quartier's revenu fiscal médian less `revenusDebut`, on a scale that also holds the low-income threshold when there is one. */
  revenus: Repartition;
  /** Floor of the revenue scale: a round step below the lowest revenue, so the quartiers spread over the strip. */
  revenusDebut: number;
  /** The lists of quartiers the search filters by (listesDeRecherche): none when the territory has one list only. */
  listes: string[];
  /** The glossary of the published territory (its EPCI's acronym included, see glossaireDu): page, search and suggestions. */
  glossaire: readonly EntreeGlossaire[];
  /** The acronyms of uncertain meaning its fiches use, listed as such on the glossary page. */
  siglesIncertains: readonly SigleIncertain[];
  totaux: {
    population: number;
    revenu: { min: number; mediane: number; max: number };
  };
}

/** What the model takes besides the fiches, each optional: the programmes, the territory's glossary, its low-income threshold. */
export interface OptionsModele {
  programmes?: readonly Programme[];
  glossaire?: readonly EntreeGlossaire[];
  siglesIncertains?: readonly SigleIncertain[];
  /** Low-income threshold printed in the fiches (territoire.yaml, contrat.seuil_bas_revenu): the revenue scale holds it. */
  seuilBasRevenu?: number | undefined;
}

/**
 * Shapes validated fiches into what the pages need, once for the whole build.
 * Cross-references go through Maps so the cost stays linear in the number of fiches.
 */
export function construireModele(
  fiches: readonly Quartier[],
  officielle: (code: string) => CommuneOfficielle | undefined,
  membreEpci: (code: string) => boolean,
  { programmes: programmesLus = [], glossaire = [], siglesIncertains = [], seuilBasRevenu }: OptionsModele = {},
): Modele {
  const tries = [...fiches].sort((a, b) => a.code.localeCompare(b.code));
  const revenus = tries.map((q) => q.revenu_fiscal_median);
  const rangsRevenu = rangs(revenus);
  const bornes = seuilBasRevenu === undefined ? revenus : [seuilBasRevenu, ...revenus];
  const finRevenus = finEchelle(Math.max(0, ...bornes));
  const revenusDebut = debutEchelle(bornes.length ? Math.min(...bornes) : 0, finRevenus);
  const quartiers: QuartierVue[] = tries.map((q, i) => ({
    ...q,
    slug: q.code.toLowerCase(),
    rangRevenu: rangsRevenu[i]!.rang,
    egauxRevenu: rangsRevenu[i]!.egaux,
    ...(i > 0 ? { precedent: tries[i - 1]!.code } : {}),
    ...(i < tries.length - 1 ? { suivant: tries[i + 1]!.code } : {}),
  }));

  const communes = new Map<string, CommuneVue>();
  const slugsPris = new Set<string>();
  // Two communes may share a name (Saint-Aubin, Nord and Pas-de-Calais): the second gets its code in its address.
  const slugUnique = (nom: string, code: string) => {
    const simple = slug(nom);
    const choisi = slugsPris.has(simple) ? `${simple}-${code}` : simple;
    slugsPris.add(choisi);
    return choisi;
  };
  const communeVue = (code: string): CommuneVue => {
    let c = communes.get(code);
    if (!c) {
      const o = officielle(code);
      if (!o) throw new Error(`commune ${code} absente du référentiel officiel (la validation aurait dû le signaler)`);
      c = { ...o, slug: slugUnique(o.nom, code), membreEpci: membreEpci(code), quartiers: [], equipements: [] };
      communes.set(code, c);
    }
    return c;
  };

  const equipements = new Map<string, EquipementVue>();
  for (const q of quartiers) {
    for (const code of q.communes) communeVue(code).quartiers.push(q.code);
    // Communes named in the heading or heading a table get a page too, without hosting the quartier.
    for (const code of q.communes_voisines ?? []) communeVue(code);
    for (const d of q.diagnostics ?? []) if (d.commune) communeVue(d.commune);
    for (const e of q.equipements ?? []) {
      const vu = equipements.get(e.id);
      if (vu) vu.quartiers.push(q.code);
      else {
        equipements.set(e.id, { ...e, quartiers: [q.code] });
        communeVue(e.commune).equipements.push(e.id);
      }
    }
  }

  const listeCommunes = [...communes.values()].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  const listeEquipements = [...equipements.values()].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  const ordreTypes = { npnru: 0, gusp: 1, tfpb: 2 } as const;
  const programmes = [...programmesLus].sort((a, b) => a.quartier.localeCompare(b.quartier) || ordreTypes[a.type] - ordreTypes[b.type] || a.id.localeCompare(b.id));
  const programmesParQuartier = new Map<string, Programme[]>();
  for (const p of programmes) {
    const liste = programmesParQuartier.get(p.quartier);
    if (liste) liste.push(p);
    else programmesParQuartier.set(p.quartier, [p]);
  }
  return {
    quartiers,
    quartier: new Map(quartiers.map((q) => [q.code, q])),
    communes: listeCommunes,
    commune: communes,
    equipements: listeEquipements,
    equipement: equipements,
    programmes,
    programme: new Map(programmes.map((p) => [p.id, p])),
    programmesParQuartier,
    indicateurs: repartitionsIndicateurs(quartiers),
    quartiersParIndicateur: comptesParId(quartiers),
    revenus: repartition(
      revenus.map((r) => ({ min: r - revenusDebut, max: r - revenusDebut })),
      finRevenus - revenusDebut,
      100,
    ),
    revenusDebut,
    listes: listesDeRecherche(quartiers.map((q) => q.code)),
    glossaire,
    siglesIncertains,
    totaux: {
      population: quartiers.reduce((s, q) => s + q.population, 0),
      revenu: revenus.length ? { min: Math.min(...revenus), mediane: mediane(revenus), max: Math.max(...revenus) } : { min: 0, mediane: 0, max: 0 },
    },
  };
}

/**
 * The lists of quartiers (listesQpv) the search filters by: both, in order, when the territory has codes of both
 * generations; none with a single list, where the filter would sort nothing out and only weigh on the index.
 */
export function listesDeRecherche(codes: readonly string[]): string[] {
  const generations = new Set(codes.map(generationDuCode));
  return generations.size > 1 ? [listesQpv[2015], listesQpv[2024]] : [];
}

/** The « liste » filter of a page or search document about these quartiers: their lists, among those the search filters by. */
export function filtreListe(codes: readonly string[], m: Pick<Modele, 'listes'>): string[] {
  const leurs = new Set<string>(codes.map((c) => listesQpv[generationDuCode(c)]));
  return m.listes.filter((l) => leurs.has(l));
}

/** Quartiers by the name of their first commune (the one the source names first), then by name: a resident finds theirs. */
export function parCommune(quartiers: readonly QuartierVue[], modele: Pick<Modele, 'commune'>): QuartierVue[] {
  const nomCommune = (q: QuartierVue) => modele.commune.get(q.communes[0]!)?.nom ?? '';
  return [...quartiers].sort((a, b) => nomCommune(a).localeCompare(nomCommune(b), 'fr') || a.nom.localeCompare(b.nom, 'fr'));
}

/** Groups items by BPE domain, in A→G order, dropping empty domains. */
export function parDomaine<T extends { domaine: DomaineBpe }>(items: readonly T[]): [DomaineBpe, T[]][] {
  const groupes = new Map<DomaineBpe, T[]>();
  for (const item of items) {
    const g = groupes.get(item.domaine);
    if (g) g.push(item);
    else groupes.set(item.domaine, [item]);
  }
  return [...groupes.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Population of a quartier as a share of the population of its communes (different years: see méthodologie). */
export function partDesCommunes(q: Quartier, modele: Pick<Modele, 'commune'>): number | undefined {
  const total = q.communes.reduce((s, code) => s + (modele.commune.get(code)?.population ?? 0), 0);
  return total > 0 ? q.population / total : undefined;
}
