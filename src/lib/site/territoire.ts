import type { Territoire } from '../../schemas/territoire.ts';
import { ContenuInvalide, type Probleme } from '../content/probleme.ts';
import { chargerTerritoire } from '../content/valider.ts';

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
