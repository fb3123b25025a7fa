// Validation for scripts/build.ts, in a process of its own: the texts, parsers, schemas and model it needs are given
// back to the system when it ends, before Astro and Pagefind need the memory (a worker thread's are not).
// Writes the validated content (for Astro) and the search documents made from it (for the indexer) to the files
// given, and sends build.ts the problems found (warnings only, or none, when valid).
import { ContenuInvalide, type Probleme } from '../src/lib/content/probleme.ts';
import { documentsRecherche } from '../src/lib/recherche/documents.ts';
import { ecrireContenuValide, ecrireFichierTransmis } from '../src/lib/site/contenu-valide.ts';
import { contenuValide, modeleDe } from '../src/lib/site/donnees.ts';

const [racine, fichierContenu, fichierDocuments] = process.argv.slice(2) as [string, string, string];
let problemes: Probleme[] = [];
try {
  const contenu = contenuValide(racine, (avertissements) => (problemes = avertissements));
  ecrireContenuValide(fichierContenu, contenu);
  ecrireFichierTransmis(fichierDocuments, documentsRecherche(modeleDe(contenu)));
} catch (err) {
  if (!(err instanceof ContenuInvalide)) throw err;
  problemes = err.problemes;
}
process.send!(problemes, () => process.disconnect());
