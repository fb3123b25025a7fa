import { z } from 'astro/zod';
import { entier, texte } from './codes.ts';
import { champsProgramme, textes } from './programme-commun.ts';

/** A row of a « Action N° | Libellé de l’Action | Responsable | Echéance » table. */
export const actionGusp = z
  .strictObject({
    numero: entier('numero', 100).describe('« Action N° » tel qu’imprimé.'),
    libelle: texte.describe('« Libellé de l’Action » tel qu’imprimé.'),
    responsable: texte.optional().describe('« Responsable » tel qu’imprimé ; absent quand la cellule est vide.'),
    echeance: texte.optional().describe('« Echéance » telle qu’imprimée (« 2023 », « Été 2022 », « 2023/2024 ») ; absente quand la cellule est vide.'),
  })
  .describe('Une ligne d’un tableau du programme d’actions.');

/** A two-column table of the thematic diagnostic: a heading, then what the source says of it. */
export const constatGusp = z
  .strictObject({
    rubrique: texte.describe('Première colonne, telle qu’imprimée (« Stationnement »).'),
    constat: textes('constat').min(1).describe('Seconde colonne, un élément par ligne ou puce de la cellule.'),
  })
  .describe('Une ligne d’un tableau du diagnostic thématique.');

const rubrique = {
  thematique: texte.optional().describe('Thématique telle qu’imprimée (la puce « - … » qui ouvre la rubrique), s’il y en a une.'),
  textes: textes('textes').optional().describe('Paragraphes de la rubrique, tels qu’imprimés.'),
};

export const diagnosticThematiqueGusp = z
  .strictObject({
    ...rubrique,
    tableaux: z
      .array(z.strictObject({ titre: texte.describe('Intitulé du tableau tel qu’imprimé.'), lignes: z.array(constatGusp).min(1) }))
      .optional()
      .describe('Tableaux de la rubrique, dans l’ordre de la source.'),
  })
  .describe('Une rubrique du « Diagnostic thématique ».');

export const rubriqueActionsGusp = z
  .strictObject({
    secteur: texte.optional().describe('Secteur tel qu’imprimé (« Ensemble du quartier », « Sous-secteur 1 : Cité UNESCO »), s’il y en a un.'),
    ...rubrique,
    tableaux: z
      .array(
        z.strictObject({
          titre: texte.describe('Intitulé du tableau tel qu’imprimé (« Gestion actuelle / Dépôts sauvages et déchets »).'),
          actions: z.array(actionGusp).min(1),
        }),
      )
      .optional()
      .describe('Tableaux d’actions de la rubrique, dans l’ordre de la source.'),
  })
  .describe('Une rubrique du « Programme d’action » : secteur, thématique, paragraphes et tableaux d’actions.');

export const programmeGusp = z
  .strictObject({
    ...champsProgramme,
    type: z.literal('gusp').describe('Type du programme.'),
    presentation: textes('presentation').optional().describe('Présentation du quartier, paragraphes tels qu’imprimés.'),
    secteurs: textes('secteurs').optional().describe('Secteurs du quartier, tels qu’imprimés.'),
    forces: textes('forces').optional().describe('Forces du diagnostic, telles qu’imprimées.'),
    faiblesses: textes('faiblesses').optional().describe('Faiblesses du diagnostic, telles qu’imprimées.'),
    opportunites: textes('opportunites').optional().describe('Opportunités du diagnostic général, telles qu’imprimées.'),
    menaces: textes('menaces').optional().describe('Menaces du diagnostic général, telles qu’imprimées.'),
    diagnostic_thematique: z.array(diagnosticThematiqueGusp).optional().describe('« Diagnostic thématique », rubrique par rubrique, dans l’ordre de la source.'),
    actions: textes('actions').optional().describe('Programme d’actions : paragraphes d’introduction, tels qu’imprimés.'),
    rubriques_actions: z.array(rubriqueActionsGusp).optional().describe('Programme d’actions : rubriques (secteur, thématique) et leurs tableaux d’actions, dans l’ordre de la source.'),
    participation: textes('participation').optional().describe('Participation des habitants, telle qu’imprimée.'),
  })
  .describe('Charte de gestion urbaine et sociale de proximité (GUSP) d’un quartier.');

export type ProgrammeGusp = z.infer<typeof programmeGusp>;
