import { anneesDuContrat, periodeDuContrat, type Territoire } from '../../schemas/territoire.ts';
import type { IndicateurDeclare } from '../../schemas/index.ts';
import { ContenuInvalide, type Probleme } from '../content/probleme.ts';
import { chargerTerritoire } from '../content/valider.ts';
import { de } from '../elision.ts';

/** The published territory, read from territoire.yaml of the content folder; throws with its problems when it is not valid. */
export function territoirePublie(racine: string): Territoire {
  const problemes: Probleme[] = [];
  const t = chargerTerritoire(racine, process.cwd(), problemes);
  if (!t) throw new ContenuInvalide(problemes);
  return t;
}

/** How the pages name the intercommunalité after « la »: its acronym when it has one (« la CAD »), else its name. */
export const designation = (t: Pick<Territoire, 'nom' | 'sigle'>): string => t.sigle ?? t.nom;

/** Full title of a source document declared in territoire.yaml (the validation refuses an undeclared id). */
export function titreDocument(t: Pick<Territoire, 'sources'>, id: string): string {
  const s = t.sources.find((d) => d.id === id);
  if (!s) throw new Error(`document « ${id} » absent des sources de territoire.yaml (la validation aurait dû le signaler)`);
  return s.titre;
}

/** The year of the fiches' populations, read from contrat.population (« RFL 2011 » gives "2011"). */
export const anneePopulation = (t: Pick<Territoire, 'contrat'>): string | undefined => t.contrat.population?.match(/\b(?:19|20)\d{2}\b/)?.[0];

/** « (RFL 2011) » after « Population », or nothing when territoire.yaml does not say where the populations come from. */
export const precisionPopulation = (t: Pick<Territoire, 'contrat'>): string => (t.contrat.population ? ` (${t.contrat.population})` : '');

/** Whether the document was scanned and read by OCR (its words may be misread). */
export const documentScanne = (t: Pick<Territoire, 'sources'>, id: string): boolean => t.sources.some((s) => s.id === id && s.scanne === true);

/** Whether any source was scanned: what the site says of misread words (méthodologie, glossary, error reports). */
export const unDocumentScanne = (t: Pick<Territoire, 'sources'>): boolean => t.sources.some((s) => s.scanne === true);

/** The source documents some of `liste` cite (the programmes' documents), in territoire.yaml's order. */
export const sourcesCitees = (t: Pick<Territoire, 'sources'>, liste: readonly { source: { document: string } }[]) =>
  t.sources.filter((s) => liste.some((x) => x.source.document === s.id));

const DECLARE = Symbol('territoire.yaml tel que validé');

/** territoire.yaml as validated (territoire.json publishes it). */
export const territoireDeclare = (t: TerritoireVue): Territoire => t[DECLARE];

/**
 * The published territory and the model of its fiches, derived once from the validated territoire.yaml and handed to
 * every page and function that needs them (as Starlight shapes a site from its one validated user config): which
 * parts a fiche has, the contract's axes and indicators by id, its period, the site's and the source's titles.
 */
export interface TerritoireVue extends Territoire {
  [DECLARE]: Territoire;
  /** The site's title: « Quartiers prioritaires de » and the short name. */
  titreSite: string;
  /** Full title of the main source document (the first declared), else the contract's. */
  titreSource: string;
  periode: { debut: string; fin: string };
  annees: { debut: number; fin: number };
  /** The parts of a fiche the territory declares; the pages say nothing of the others. */
  parties: { ages: boolean; diagnostic: boolean; indicateurs: boolean };
  /** Each declared axis's heading, by id, in the contract's order. */
  axes: ReadonlyMap<string, string>;
  /** Each declared indicator, by id, in the fiches' order. */
  indicateursDeclares: ReadonlyMap<string, IndicateurDeclare>;
}

export function territoireVue(t: Territoire): TerritoireVue {
  return {
    ...t,
    // Kept for territoireDeclare: the published territoire.json is the file as validated, without what is derived here.
    [DECLARE]: t,
    titreSite: `Quartiers prioritaires ${de(t.nom_court)}`,
    titreSource: t.sources[0]?.titre ?? t.contrat.titre,
    periode: periodeDuContrat(t.contrat),
    annees: anneesDuContrat(t.contrat),
    parties: { ages: t.ages !== undefined, diagnostic: t.diagnostic !== undefined, indicateurs: t.indicateurs !== undefined },
    axes: new Map((t.diagnostic?.axes ?? []).map((a) => [a.id, a.libelle])),
    indicateursDeclares: new Map((t.indicateurs?.liste ?? []).map((i) => [i.id, i])),
  };
}

/** Heading of an axis on the fiches (the validation refuses an undeclared id). */
export const libelleAxe = (t: Pick<TerritoireVue, 'axes'>, id: string): string => t.axes.get(id) ?? id;

/** Wording of an indicator on the fiches (the validation refuses an undeclared id). */
export const libelleIndicateur = (t: Pick<TerritoireVue, 'indicateursDeclares'>, id: string): string => t.indicateursDeclares.get(id)?.libelle ?? id;

/**
 * Address of a page of a source document, when territoire.yaml gives its URL: `#page=N` plus its `decalage_pages`
 * (the PDF may count pages before the printed page 1).
 */
export function lienPageSource(t: Pick<Territoire, 'sources'>, document: string, page: number): string | undefined {
  const s = t.sources.find((d) => d.id === document);
  if (!s?.url) return undefined;
  const url = new URL(s.url);
  url.hash = `page=${page + (s.decalage_pages ?? 0)}`;
  return url.href;
}

/** What the fiches call their income figure: territoire.yaml's contrat.revenu says what it is, else the key's name. */
export const nomRevenu = (t: Pick<Territoire, 'contrat'>): string => (t.contrat.revenu ? 'Revenu médian' : 'Revenu fiscal médian');
