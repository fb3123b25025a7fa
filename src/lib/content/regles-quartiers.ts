import { tranchesAge, type Quartier } from '../../schemas/index.ts';
import { lireFourchette } from '../fourchette.ts';
import type { Entree } from './collections.ts';
import type { Probleme } from './probleme.ts';

/** A commune as the messages name it. */
export interface CommuneNommee {
  code: string;
  nom: string;
}

/** « ; 62700 est le code postal de Bruay-la-Buissière, dont le code INSEE est "62178" », or nothing. */
export function siCodePostal(code: string, communes: readonly CommuneNommee[]): string {
  if (!communes.length) return '';
  return ` ; ${code} est le code postal de ${communes.map((c) => `${c.nom} (code INSEE "${c.code}")`).join(', ')}`;
}

/**
 * Rules that span fields or files, which a schema alone cannot express.
 * Every lookup goes through a Map, so the cost grows linearly with the number of fiches.
 */
export function reglesQuartiers(
  entrees: readonly Entree<Quartier>[],
  communeExiste: (code: string) => boolean,
  communesDuCodePostal: (code: string) => readonly CommuneNommee[] = () => [],
): Probleme[] {
  const problemes: Probleme[] = [];
  const signaler = (e: Entree<Quartier>, chemin: (string | number)[], message: string) =>
    problemes.push({ fichier: e.fichier, ligne: e.ligne(chemin), chemin: chemin.join('.'), message });

  const parCode = new Map<string, Entree<Quartier>[]>();
  const equipementsVus = new Map<string, { entree: Entree<Quartier>; nom: string; commune: string }>();

  for (const e of entrees) parCode.set(e.data.code, [...(parCode.get(e.data.code) ?? []), e]);

  for (const e of entrees) {
    const q = e.data;
    // A copied fiche that kept its code: name both files and let the publisher choose; the file-name rule would
    // otherwise ask to rename the copy over the real fiche.
    const memeCode = parCode.get(q.code)!;
    const attendu = `${q.code.toLowerCase()}.yaml`;
    if (memeCode.length > 1) {
      const premier = memeCode[0]!;
      if (premier !== e) {
        signaler(e, ['code'], `code ${q.code} à la fois dans ${premier.fichier} et dans ${e.fichier} : chaque quartier a son propre code ; donnez à la fiche copiée le code de son quartier, puis nommez son fichier d'après ce code`);
      }
    } else if (e.nomFichier !== attendu) signaler(e, ['code'], `le fichier doit s'appeler ${attendu} (le code en minuscules)`);
    if (q.exemple) {
      signaler(e, ['exemple'], "fiche d'exemple écrite par npm run nouveau-territoire, aux chiffres inventés : remplacez-la par une fiche de votre document (sans la ligne « exemple: true »), ou supprimez le fichier");
    }

    const references: [(string | number)[], string][] = [
      ...q.communes.map((c, i): [(string | number)[], string] => [['communes', i], c]),
      ...(q.communes_voisines ?? []).map((c, i): [(string | number)[], string] => [['communes_voisines', i], c]),
      ...(q.diagnostics ?? []).flatMap((d, i): [(string | number)[], string][] => (d.commune ? [[['diagnostics', i, 'commune'], d.commune]] : [])),
      ...(q.equipements ?? []).map((eq, i): [(string | number)[], string] => [['equipements', i, 'commune'], eq.commune]),
    ];
    for (const [chemin, code] of references) {
      if (!communeExiste(code)) signaler(e, chemin, `commune inconnue « ${code} » : utilisez le code INSEE officiel de la commune (et non son code postal)${siCodePostal(code, communesDuCodePostal(code))}`);
    }
    const communesDuQuartier = new Set([...q.communes, ...(q.communes_voisines ?? [])]);
    (q.diagnostics ?? []).forEach((d, i) => {
      if (d.commune && !communesDuQuartier.has(d.commune)) {
        signaler(e, ['diagnostics', i, 'commune'], `la commune ${d.commune} n'est ni dans communes ni dans communes_voisines du quartier`);
      }
    });

    if (q.carroyage) {
      const somme = tranchesAge.reduce((s, [cle]) => s + q.carroyage!.tranches[cle], 0);
      if (somme !== q.carroyage.individus_menages) {
        signaler(e, ['carroyage', 'tranches'], `les 9 tranches d'âge font ${somme} et non ${q.carroyage.individus_menages} (individus_menages) : vérifiez les chiffres recopiés`);
      }
    }

    (q.indicateurs ?? []).forEach((ind, i) => {
      const lue = lireFourchette(ind.valeur);
      if (!lue) {
        if (!ind.remarque) signaler(e, ['indicateurs', i, 'valeur'], `valeur « ${ind.valeur} » illisible : écrivez-la comme « 25 à 30% », « plus de 40% » ou « 0 », ou ajoutez une remarque`);
        return;
      }
      if (lue.min !== ind.min || lue.max !== ind.max || lue.unite !== ind.unite) {
        const max = lue.max === undefined ? 'absent' : String(lue.max);
        signaler(e, ['indicateurs', i], `min/max/unite ne correspondent pas à la valeur « ${ind.valeur} » : attendu min ${lue.min}, max ${max}, unite "${lue.unite}"`);
      }
    });

    const idsDuQuartier = new Set<string>();
    (q.equipements ?? []).forEach((eq, i) => {
      if (idsDuQuartier.has(eq.id)) signaler(e, ['equipements', i, 'id'], `équipement « ${eq.id} » en double dans ce quartier : gardez une seule entrée`);
      idsDuQuartier.add(eq.id);
      const deja = equipementsVus.get(eq.id);
      if (!deja) equipementsVus.set(eq.id, { entree: e, nom: eq.nom, commune: eq.commune });
      else if (deja.entree !== e && (deja.nom !== eq.nom || deja.commune !== eq.commune)) {
        signaler(e, ['equipements', i, 'id'], `l'équipement « ${eq.id} » s'appelle « ${deja.nom} » (commune ${deja.commune}) dans ${deja.entree.fichier} : un même id doit avoir le même nom et la même commune partout`);
      }
    });
  }
  return problemes;
}
