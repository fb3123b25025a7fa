// Validation for scripts/build.ts, in a process of its own: the texts, parsers, schemas and model it needs are given
// back to the system when it ends, before Astro and Pagefind need the memory (a worker thread's are not).
// Writes the validated content (for Astro), the search documents made from it (a file each, for the indexer), files of
// the site (the search's communes outside the territory, and the downloads, whose list goes to Astro) and the search's
// vocabulary (for Astro) where told, and sends build.ts the problems found (warnings only, or none, when valid).
import './message-seul.ts';
import { ContenuInvalide, type Probleme } from '../src/lib/content/probleme.ts';
import { documentsRecherche } from '../src/lib/recherche/documents.ts';
import { ecrireFichiersCommunes } from '../src/lib/recherche/fichiers-communes.ts';
import { ecrireContenuValide, ecrireListeTelechargements, ecrireVocabulaire } from '../src/lib/site/contenu-valide.ts';
import { ecrireTelechargements } from '../src/lib/donnees/telechargements.ts';
import { ecrireDocuments } from '../src/lib/recherche/fichiers-documents.ts';
import { vocabulaire } from '../src/lib/recherche/vocabulaire.ts';
import { contenuValide, modeleDe } from '../src/lib/site/donnees.ts';

const [racine, fichierContenu, dossierDocuments, dossierSite] = process.argv.slice(2) as [string, string, string, string];
let problemes: Probleme[] = [];
try {
  const contenu = contenuValide(racine, (avertissements) => (problemes = avertissements));
  ecrireContenuValide(fichierContenu, contenu);
  const modele = modeleDe(contenu);
  ecrireDocuments(dossierDocuments, documentsRecherche(modele));
  ecrireFichiersCommunes(dossierSite, modele, contenu.territoire);
  ecrireVocabulaire(fichierContenu, JSON.stringify(vocabulaire(modele)));
  // Last: Astro needs their list only for a few pages, rendered late.
  ecrireListeTelechargements(fichierContenu, ecrireTelechargements(dossierSite, modele));
} catch (err) {
  if (!(err instanceof ContenuInvalide)) throw err;
  problemes = err.problemes;
}
process.send!(problemes, () => process.disconnect());
