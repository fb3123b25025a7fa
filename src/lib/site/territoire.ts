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
