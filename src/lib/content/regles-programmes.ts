import type { Programme } from '../../schemas/index.ts';
import type { Entree } from './collections.ts';
import type { Probleme } from './probleme.ts';

/**
 * Cross-file rules of the programmes: the quartier exists, the id is the file name,
 * ids are unique, and a TFPB programme's printed total is the sum of its lines.
 */
export function reglesProgrammes(entrees: readonly Entree<Programme>[], quartierExiste: (code: string) => boolean): Probleme[] {
  const problemes: Probleme[] = [];
  const signaler = (e: Entree<Programme>, chemin: (string | number)[], message: string) =>
    problemes.push({ fichier: e.fichier, ligne: e.ligne(chemin), chemin: chemin.join('.'), message });
  const parId = new Map<string, Entree<Programme>>();

  for (const e of entrees) {
    const p = e.data;
    const attendu = `${p.id}.yaml`;
    if (e.nomFichier !== attendu) {
      signaler(e, ['id'], `id « ${p.id} » : le fichier ${e.fichier} doit s'appeler ${attendu}, ou l'id doit être « ${e.nomFichier.replace(/\.ya?ml$/i, '')} » (le nom du fichier sans .yaml)`);
    }
    const premier = parId.get(p.id);
    if (premier) signaler(e, ['id'], `id « ${p.id} » déjà utilisé par ${premier.fichier}`);
    else parId.set(p.id, e);

    if (!quartierExiste(p.quartier)) {
      signaler(e, ['quartier'], `quartier inconnu « ${p.quartier} » dans ${e.fichier} (champ quartier) : utilisez le code d'une fiche de content/quartiers/`);
    }

    if (p.type === 'tfpb') {
      const somme = p.actions.reduce((s, a) => s + a.montant_euros, 0);
      if (somme !== p.total_euros) {
        signaler(e, ['total_euros'], `total_euros vaut ${p.total_euros} mais les montants des actions font ${somme} (écart ${p.total_euros - somme}) : vérifiez les chiffres recopiés`);
      }
    }
  }
  return problemes;
}
