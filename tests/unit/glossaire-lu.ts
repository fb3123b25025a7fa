// The glossary of a content folder (the general one with the territory's own; Lens-Liévin's copy by default), for the tests of its words: the links,
// the acronyms, the search. Its definitions are written without the fiches: the words do not depend on them.
import { ContenuInvalide, type Probleme } from '../../src/lib/content/probleme.ts';
import { chargerGlossaire } from '../../src/lib/content/valider.ts';
import { glossaireDu, type Entree } from '../../src/lib/glossaire.ts';
import { territoirePublie } from '../../src/lib/site/territoire.ts';
import type { Glossaire } from '../../src/schemas/glossaire.ts';

export function glossaireLu(racine = 'tests/fixtures/lens-lievin'): Glossaire {
  const problemes: Probleme[] = [];
  const g = chargerGlossaire(racine, process.cwd(), problemes);
  if (!g) throw new ContenuInvalide(problemes);
  return g;
}

/** Every entry of the folder's glossary, its territory's acronym included, whether its site publishes it or not. */
export const entreesDu = (racine = 'tests/fixtures/lens-lievin'): Entree[] =>
  glossaireDu(glossaireLu(racine), { territoire: territoirePublie(racine), quartiers: [], programmes: [] }, 1).map(({ site: _, ...e }) => e);
