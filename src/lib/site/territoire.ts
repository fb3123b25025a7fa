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
