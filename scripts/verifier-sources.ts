// npm run verifier-sources -- <dossier des documents>: looks up every text of the content in the source documents that
// territoire.yaml names (sources[].fichier: a .txt, or a PDF read by Debian's pdftotext), lists per file and field the
// texts not found, and writes the record verification-sources.json into the content folder (commit it: the
// méthodologie cites it). The documents stay outside the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { formaterProbleme, type Probleme } from '../src/lib/content/probleme.ts';
import { LONGUEUR_MIN, verifierTextes } from '../src/lib/content/verification-sources.ts';
import { chargerTerritoire, FICHIER_GLOSSAIRE, FICHIER_TERRITOIRE, FICHIER_VERIFICATION } from '../src/lib/content/valider.ts';
import type { VerificationSources } from '../src/schemas/index.ts';

function arret(message: string): never {
  console.error(message);
  process.exit(1);
}

const [dossier] = process.argv.slice(2);
if (!dossier || !existsSync(dossier)) arret(`Usage : npm run verifier-sources -- <dossier des documents sources>${dossier ? ` (« ${dossier} » n'existe pas)` : ''}`);
const racine = process.env.CONTENT_DIR ?? 'content';
const problemes: Probleme[] = [];
const territoire = chargerTerritoire(racine, process.cwd(), problemes);
if (!territoire) arret(problemes.map(formaterProbleme).join('\n'));

/** The text of a document: a .txt as it is, a PDF through pdftotext (poppler-utils on Debian). */
function texteDu(chemin: string): string {
  if (!existsSync(chemin)) arret(`${chemin} introuvable : territoire.yaml le nomme (sources[].fichier), mettez-le dans ${dossier} ou corrigez le nom`);
  if (!/\.pdf$/i.test(chemin)) return readFileSync(chemin, 'utf8');
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', chemin, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (err) {
    arret(`pdftotext n'a pas pu lire ${chemin} (${(err as Error).message.split('\n')[0]}) : installez poppler-utils (apt-get install poppler-utils), ou donnez le texte du document en .txt`);
  }
}

const lus = territoire.sources.filter((s) => s.fichier);
const documents = lus.map((s) => texteDu(join(dossier, s.fichier!)));
const nonVerifies = territoire.sources.filter((s) => !s.fichier).map((s) => s.id);

// Only the transcribed files: territoire.yaml (the fiche model's titles, labels and notes, the documents' titles) and
// the glossary's explanations are the publisher's own words, not the sources'.
const fichiersYaml = readdirSync(racine, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.ya?ml$/i.test(f) && f !== FICHIER_GLOSSAIRE && f !== FICHIER_TERRITOIRE)
  .map((f) => f.split(sep).join('/'))
  .sort();
const fichiers = fichiersYaml.map((fichier) => ({ fichier, data: parse(readFileSync(join(racine, fichier), 'utf8')) as unknown }));
const { textes, absents } = verifierTextes(fichiers, documents);

for (const s of lus) console.log(`${s.id} : ${s.fichier}`);
for (const id of nonVerifies) console.log(`${id} : pas de fichier (sources[].fichier de territoire.yaml), non vérifié`);
const court = (t: string) => (t.length > 90 ? `${t.slice(0, 87)}…` : t);
if (absents.length) console.log('\nTextes non retrouvés tels quels dans les documents (variantes de lecture à relire) :');
for (const a of absents) console.log(`${relative(process.cwd(), join(racine, a.fichier)).split(sep).join('/')}: ${a.champ}: « ${court(a.texte)} »`);

const releve: VerificationSources = {
  date: new Date().toISOString().slice(0, 10),
  longueur_min: LONGUEUR_MIN,
  textes,
  trouves: textes - absents.length,
  documents: lus.map((s) => ({ id: s.id, fichier: s.fichier! })),
  non_verifies: nonVerifies,
  absents: absents.map(({ fichier, champ, texte }) => ({ fichier, champ, texte })),
};
writeFileSync(join(racine, FICHIER_VERIFICATION), `${JSON.stringify(releve, null, 2)}\n`);
console.log(
  `\n${fichiers.length} fichiers, ${textes} textes de ${LONGUEUR_MIN} caractères ou plus cherchés dans ${lus.length} document(s) : ${releve.trouves} retrouvés, ${absents.length} non retrouvés.` +
    `\nRelevé écrit dans ${join(racine, FICHIER_VERIFICATION)} : publiez-le avec le contenu (la page Méthodologie le cite).`,
);
