import { ContenuInvalide } from '../content/probleme.ts';
import { validerContenu } from '../content/valider.ts';
import { communeOfficielle, estMembreCall } from '../communes-officielles.ts';
import { construireModele, type Modele } from './modele.ts';

let modele: Modele | undefined;

/** The whole site's data, read and validated once per process (never once per page). */
export function donnees(): Modele {
  if (modele) return modele;
  const { contenu, problemes } = validerContenu(process.env.CONTENT_DIR ?? 'content');
  if (problemes.length) throw new ContenuInvalide(problemes);
  modele = construireModele(
    contenu.quartiers.map((e) => e.data),
    communeOfficielle,
    estMembreCall,
    contenu.programmes.map((e) => e.data),
  );
  return modele;
}
