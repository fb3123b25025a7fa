// npm run nouveau-territoire -- <SIREN> <dossier>: starts a content folder for another EPCI (see README,
// « Publier un autre territoire »). Never overwrites a territory file already there.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { communeOfficielle, epciOfficiel } from '../src/lib/communes-officielles.ts';
import { fichiersTerritoire } from './nouveau-territoire/fichiers.ts';

function arret(message: string): never {
  console.error(message);
  process.exit(1);
}

const [siren, dossier] = process.argv.slice(2);
if (!siren || !dossier) arret('Usage : npm run nouveau-territoire -- <SIREN de l\'EPCI> <dossier>, par exemple npm run nouveau-territoire -- 200044618 ../essai');
if (!/^\d{9}$/.test(siren)) arret(`« ${siren} » n'est pas un SIREN : 9 chiffres, par exemple 200044618`);
const epci = epciOfficiel(siren);
if (!epci) arret(`Aucun EPCI de SIREN ${siren} dans la liste officielle (@etalab/decoupage-administratif) : vérifiez le numéro`);
if (existsSync(join(dossier, 'territoire.yaml'))) arret(`${join(dossier, 'territoire.yaml')} existe déjà : rien n'a été écrit`);

const fichiers = fichiersTerritoire(epci, communeOfficielle, new Date().toISOString().slice(0, 10));
for (const f of fichiers) {
  const chemin = join(dossier, f.chemin);
  mkdirSync(dirname(chemin), { recursive: true });
  writeFileSync(chemin, f.texte, { flag: 'wx' });
}
console.log(`${epci.nom} (SIREN ${epci.code}, ${epci.membres.size} communes) : ${fichiers.map((f) => join(dossier, f.chemin)).join(' et ')} écrits.`);
console.log(`Ensuite : CONTENT_DIR=${dossier} npm run validate, puis CONTENT_DIR=${dossier} npm run build.`);
