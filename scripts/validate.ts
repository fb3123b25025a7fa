// npm run validate: checks every file under content/ and lists every problem at once.
import { validerContenu } from '../src/lib/content/valider.ts';
import { bloquants, formaterProbleme, trierProblemes } from '../src/lib/content/probleme.ts';
import { compte } from '../src/lib/format.ts';

const racine = process.env.CONTENT_DIR ?? 'content';
const { contenu, problemes } = validerContenu(racine);
for (const p of trierProblemes(problemes)) console.error(formaterProbleme(p));
const nombre = bloquants(problemes).length;
if (nombre) {
  console.error(`\n${nombre} problème(s) : rien n'a été publié. Corrigez-les puis relancez npm run validate.`);
  process.exit(1);
}
console.log(`${racine} : ${compte(contenu.quartiers.length, 'quartier')} et ${compte(contenu.programmes.length, 'programme')} valides.`);
