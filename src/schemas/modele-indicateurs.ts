import { z } from 'astro/zod';
import { identifiant, texte } from './codes.ts';
import { sansDoublon } from './sans-doublon.ts';

export const indicateurDeclare = z
  .strictObject({
    id: identifiant.describe('Identifiant de l’indicateur, repris par les fiches (indicateurs[].id).'),
    libelle: texte.describe('Libellé de l’indicateur sur les fiches et en tête des colonnes de quartiers.csv, par exemple « Taux de pauvreté ».'),
    unite: texte.describe('Unité de l’indicateur, par exemple « % » ou « pour 1 000 habitants » ; chaque ligne de fiche dit la sienne (unite : "%" ou "nombre"), lue dans sa valeur imprimée.'),
    source: texte.optional().describe('Source et année de l’indicateur, par exemple « Insee, Filosofi 2019 ».'),
  })
  .describe('Un indicateur des fiches.');

export const modeleIndicateurs = z
  .strictObject({
    methode: texte.optional().describe('Ce que la page Méthodologie dit de ces indicateurs (vos mots) : d’où ils viennent, comment les lire.'),
    titre: texte.describe('Titre de la partie des fiches, par exemple « Chiffres clés du contrat ».'),
    introduction: texte.optional().describe('Phrase qui ouvre la partie sur chaque fiche (vos mots), par exemple « Le kit du CGET donne des fourchettes. »'),
    liste: z
      .array(indicateurDeclare)
      .min(1, { error: 'au moins un indicateur est attendu' })
      .superRefine(sansDoublon('id', 'indicateur'))
      .describe('Les indicateurs que les fiches impriment, dans leur ordre.'),
  })
  .describe('Les indicateurs chiffrés des fiches. Sans ce bloc, les fiches n’en ont pas.');

export type IndicateurDeclare = z.infer<typeof indicateurDeclare>;
export type ModeleIndicateurs = z.infer<typeof modeleIndicateurs>;
