// Validation for scripts/build.ts, in a process of its own: the texts, parsers and schemas it needs are given
// back to the system when it ends, before Astro and Pagefind need the memory (a worker thread's are not).
// Writes the validated content to the file given, and sends build.ts the problems found (none when valid).
import { ContenuInvalide, type Probleme } from '../src/lib/content/probleme.ts';
import { contenuValide, ecrireContenuValide } from '../src/lib/site/donnees.ts';

const [racine, fichier] = process.argv.slice(2) as [string, string];
let problemes: Probleme[] = [];
try {
  ecrireContenuValide(fichier, contenuValide(racine));
} catch (err) {
  if (!(err instanceof ContenuInvalide)) throw err;
  problemes = err.problemes;
}
process.send!(problemes, () => process.disconnect());
