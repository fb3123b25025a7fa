import { generationDuCode, periodeDuContrat, type Programme, type Quartier, type Territoire } from '../../schemas/index.ts';
import type { Entree } from './collections.ts';
import type { Probleme } from './probleme.ts';
import type { EpciOfficiel } from '../communes-officielles.ts';
import { siCodePostal, type CommuneNommee } from './regles-quartiers.ts';

type Chemin = (string | number)[];

/**
 * Rules between territoire.yaml and the fiches: a quartier lies in communes of the territory's EPCI (its neighbours,
 * tables and équipements may name others); every source document a fiche or a programme cites is declared; a fiche
 * has only the parts the territory's model declares (ages, diagnostic, indicateurs), with its axes and indicators.
 */
export function reglesTerritoire(
  t: Pick<Territoire, 'sources' | 'contrat' | 'ages' | 'diagnostic' | 'indicateurs'>,
  epci: EpciOfficiel,
  quartiers: readonly Entree<Quartier>[],
  programmes: readonly Entree<Programme>[],
  nomCommune: (code: string) => string | undefined,
  communesDuCodePostal: (code: string) => readonly CommuneNommee[] = () => [],
): Probleme[] {
  const problemes: Probleme[] = [];
  const signaler = (e: Entree<unknown>, chemin: Chemin, message: string, avertissement = false) =>
    problemes.push({ fichier: e.fichier, ligne: e.ligne(chemin), chemin: chemin.join('.'), message, ...(avertissement ? { avertissement } : {}) });
  const declares = new Set(t.sources.map((s) => s.id));
  const sourceDeclaree = (e: Entree<Quartier | Programme>) => {
    const id = e.data.source.document;
    if (!declares.has(id)) {
      signaler(e, ['source', 'document'], `document « ${id} » absent des sources de territoire.yaml (${[...declares].join(', ')}) : déclarez-le sous sources (id et titre) ou corrigez l'identifiant`);
    }
  };
  const axes = new Set(t.diagnostic?.axes.map((a) => a.id));
  const indicateurs = new Set(t.indicateurs?.liste.map((i) => i.id));
  const axeDeclare = (e: Entree<Quartier>, chemin: Chemin, id: string) => {
    if (!axes.has(id)) signaler(e, chemin, `axe « ${id} » absent de diagnostic.axes de territoire.yaml (${[...axes].join(', ')}) : déclarez-le ou corrigez l'identifiant`);
  };
  const contrat2024 = Number(periodeDuContrat(t.contrat).debut.slice(0, 4)) >= 2024;
  for (const e of quartiers) {
    const q = e.data;
    q.communes.forEach((code, i) => {
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
    // A part the model does not declare would have no heading, no column, no words on the pages.
    if (q.carroyage && !t.ages) signaler(e, ['carroyage'], 'territoire.yaml ne déclare pas de grille des âges (bloc ages : titre, effectif) : déclarez-la ou retirez ce bloc');
    if (q.diagnostics?.length && !t.diagnostic) signaler(e, ['diagnostics'], 'territoire.yaml ne déclare pas de diagnostic (bloc diagnostic : titre, colonnes, axes) : déclarez-le ou retirez ces tableaux');
    else {
      (q.diagnostics ?? []).forEach((d, i) => {
        d.piliers?.forEach((p, j) => axeDeclare(e, ['diagnostics', i, 'piliers', j, 'pilier'], p.pilier));
        d.mal_lu?.lignes.forEach((l, j) => l.pilier && axeDeclare(e, ['diagnostics', i, 'mal_lu', 'lignes', j, 'pilier'], l.pilier));
      });
    }
    if (q.indicateurs?.length && !t.indicateurs) signaler(e, ['indicateurs'], 'territoire.yaml ne déclare pas d’indicateurs (bloc indicateurs : titre, liste) : déclarez-les ou retirez ces lignes');
    else {
      (q.indicateurs ?? []).forEach((ind, i) => {
        if (!indicateurs.has(ind.id)) signaler(e, ['indicateurs', i, 'id'], `indicateur « ${ind.id} » absent de indicateurs.liste de territoire.yaml (${[...indicateurs].join(', ')}) : déclarez-le ou corrigez l'identifiant`);
      });
    }
    // Our choice: a warning, not a refusal. The 2024 contracts cover the « Quartiers 2030 » list (QN codes), but a
    // territory may publish an older fiche beside them on purpose; the publisher is told, the build goes on.
    if (contrat2024 && generationDuCode(q.code) === 2015) {
      signaler(e, ['code'], `code ${q.code} de la liste de 2015 dans un contrat qui commence en ${periodeDuContrat(t.contrat).debut.slice(0, 4)} : les quartiers de 2024 ont un code « QN » (liste « Quartiers 2030 ») ; vérifiez le code`, true);
    }
  }
  for (const e of programmes) sourceDeclaree(e);
  return problemes;
}
