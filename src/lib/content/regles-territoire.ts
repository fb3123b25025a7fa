import type { Programme, Quartier, Territoire } from '../../schemas/index.ts';
import type { Entree } from './collections.ts';
import type { Probleme } from './probleme.ts';
import type { EpciOfficiel } from '../communes-officielles.ts';
import { siCodePostal, type CommuneNommee } from './regles-quartiers.ts';

/**
 * Rules between territoire.yaml and the fiches: a quartier lies in communes of the territory's EPCI (its neighbours,
 * tables and équipements may name others), and every source document a fiche or a programme cites is declared.
 */
export function reglesTerritoire(
  t: Pick<Territoire, 'sources'>,
  epci: EpciOfficiel,
  quartiers: readonly Entree<Quartier>[],
  programmes: readonly Entree<Programme>[],
  nomCommune: (code: string) => string | undefined,
  communesDuCodePostal: (code: string) => readonly CommuneNommee[] = () => [],
): Probleme[] {
  const problemes: Probleme[] = [];
  const signaler = (e: Entree<unknown>, chemin: (string | number)[], message: string) =>
    problemes.push({ fichier: e.fichier, ligne: e.ligne(chemin), chemin: chemin.join('.'), message });
  const declares = new Set(t.sources.map((s) => s.id));
  const sourceDeclaree = (e: Entree<Quartier | Programme>) => {
    const id = e.data.source.document;
    if (!declares.has(id)) {
      signaler(e, ['source', 'document'], `document « ${id} » absent des sources de territoire.yaml (${[...declares].join(', ')}) : déclarez-le sous sources (id et titre) ou corrigez l'identifiant`);
    }
  };
  for (const e of quartiers) {
    e.data.communes.forEach((code, i) => {
      // An unknown code already has its own problem (commune inconnue).
      const nom = nomCommune(code);
      if (nom !== undefined && !epci.membres.has(code)) {
        signaler(e, ['communes', i], `la commune ${code} (${nom}) n'est pas membre de l'EPCI ${epci.nom} (SIREN ${epci.code}, champ epci de territoire.yaml) : un quartier du territoire s'étend sur ses communes ; une commune voisine va dans communes_voisines`);
      }
    });
    // An équipement lies in the EPCI or by the quartier; elsewhere is most often a typo or a postal code (62700 is
    // Bruay-la-Buissière's, and the INSEE code of Regnauville, 60 km away), unless the publisher says it is meant.
    const voisines = new Set(e.data.communes_voisines ?? []);
    (e.data.equipements ?? []).forEach((eq, i) => {
      const nom = nomCommune(eq.commune);
      if (nom === undefined || epci.membres.has(eq.commune) || voisines.has(eq.commune) || eq.commune_hors_territoire) return;
      signaler(
        e,
        ['equipements', i, 'commune'],
        `la commune ${eq.commune} (${nom}) n'est ni membre de l'EPCI ${epci.nom} ni dans communes_voisines du quartier${siCodePostal(eq.commune, communesDuCodePostal(eq.commune))} : corrigez le code INSEE, ou, si l'équipement est bien à ${nom}, ajoutez « commune_hors_territoire: true » à l'équipement`,
      );
    });
    sourceDeclaree(e);
  }
  for (const e of programmes) sourceDeclaree(e);
  return problemes;
}
