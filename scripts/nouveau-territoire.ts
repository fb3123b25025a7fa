// npm run nouveau-territoire: starts the content of another EPCI (see README, « Publier un autre territoire »).
//   -- béthune                     lists the EPCIs whose name or one of whose communes' names contains the word, with their SIREN
//   -- <SIREN> --remplacer         replaces the whole of content/ (the territory this copy publishes) by that EPCI's start
//   -- <SIREN> <dossier>           writes it into another folder (never over a territory file already there)
// A commune's SIREN is answered with its EPCI's.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chercherEpci, communeDeSiren, communeOfficielle, epciDeLaCommune, epciOfficiel } from '../src/lib/communes-officielles.ts';
import { ligneSchema } from '../src/lib/content/schemas-editeur.ts';
import { fichiersTerritoire } from './nouveau-territoire/fichiers.ts';

const CONTENU = process.env.CONTENT_DIR ?? 'content';
const PROJET = resolve(import.meta.dirname, '..');
const USAGE = `Usage :
  npm run nouveau-territoire -- béthune                  cherche un EPCI par son nom ou celui d'une de ses communes
  npm run nouveau-territoire -- <SIREN> --remplacer      remplace ${CONTENU}/ par le début du contenu de cet EPCI
  npm run nouveau-territoire -- <SIREN> <dossier>        l'écrit dans un autre dossier`;

function arret(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const remplacer = args.includes('--remplacer');
const [cle, dossierDonne, ...reste] = args.filter((a) => a !== '--remplacer');
if (!cle || reste.length || (remplacer && dossierDonne)) arret(USAGE);

if (!/^\d+$/.test(cle)) {
  const trouves = chercherEpci(cle);
  if (!trouves.length) arret(`Aucun EPCI ni commune dont le nom contient « ${cle} » dans la liste officielle (@etalab/decoupage-administratif) : essayez un autre mot du nom.`);
  for (const { epci, communes } of trouves) {
    const par = communes.length ? ` (commune${communes.length > 1 ? 's' : ''} : ${communes.map((c) => c.nom).join(', ')})` : '';
    console.log(`${epci.code}  ${epci.nom}${par}`);
  }
  console.log(`\nPuis : npm run nouveau-territoire -- <SIREN> --remplacer`);
  process.exit(0);
}
if (!/^\d{9}$/.test(cle)) arret(`« ${cle} » n'est pas un SIREN : 9 chiffres, par exemple 200044618 ; ou cherchez par nom : npm run nouveau-territoire -- béthune`);
const epci = epciOfficiel(cle);
if (!epci) {
  const commune = communeDeSiren(cle);
  const sonEpci = commune && epciDeLaCommune(commune.code);
  if (commune && sonEpci) arret(`${cle} est le SIREN de la commune de ${commune.nom} (${commune.code}), pas d'un EPCI. Elle est membre de la ${sonEpci.nom}, SIREN ${sonEpci.code} :\n  npm run nouveau-territoire -- ${sonEpci.code} --remplacer`);
  arret(`Aucun EPCI de SIREN ${cle} dans la liste officielle (@etalab/decoupage-administratif) : vérifiez le numéro, ou cherchez par nom : npm run nouveau-territoire -- béthune`);
}

let dossier: string;
if (dossierDonne) {
  dossier = dossierDonne;
  if (existsSync(join(dossier, 'territoire.yaml'))) arret(`${join(dossier, 'territoire.yaml')} existe déjà : rien n'a été écrit`);
} else {
  dossier = CONTENU;
  const actuel = join(CONTENU, 'territoire.yaml');
  if (!remplacer && existsSync(actuel)) {
    const nom = /^nom:\s*"?(.*?)"?\s*$/m.exec(readFileSync(actuel, 'utf8'))?.[1] ?? 'un autre territoire';
    arret(`${CONTENU}/ contient le territoire « ${nom} ». Pour le remplacer par la ${epci.nom} (tout ${CONTENU}/ est effacé) :\n  npm run nouveau-territoire -- ${cle} --remplacer\nou écrivez dans un autre dossier : npm run nouveau-territoire -- ${cle} <dossier>`);
  }
  rmSync(CONTENU, { recursive: true, force: true });
}

const fichiers = fichiersTerritoire(epci, communeOfficielle, new Date().toISOString().slice(0, 10));
for (const f of fichiers) {
  const chemin = join(dossier, f.chemin);
  mkdirSync(dirname(chemin), { recursive: true });
  writeFileSync(chemin, `${ligneSchema(PROJET, resolve(chemin), f.sorte)}\n${f.texte}`, { flag: 'wx' });
}
console.log(`${epci.nom} (SIREN ${epci.code}, ${epci.membres.size} communes) : ${fichiers.map((f) => join(dossier, f.chemin)).join(' et ')} écrits.`);
const env = dossier === 'content' ? '' : `CONTENT_DIR=${dossier} `;
console.log(`Ensuite : ${env}npm run validate, remplacez la fiche d'exemple par les vraies, puis ${env}npm run build.`);
