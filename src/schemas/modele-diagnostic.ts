import { z } from 'astro/zod';
import { texte } from './codes.ts';
import { axe } from './axe.ts';
import { sansDoublon } from './sans-doublon.ts';

export const modeleDiagnostic = z
  .strictObject({
    titre: texte.describe('Titre de la partie des fiches, par exemple « Enjeux du quartier » ou « Diagnostic par pilier ».'),
    axe: texte.optional().describe('Le mot qui désigne un axe dans les phrases des pages, au singulier et en minuscules, par exemple « enjeu » ou « pilier » ; « axe » par défaut.'),
    introduction: texte.optional().describe('Phrase qui ouvre la partie sur chaque fiche (vos mots), par exemple « Les tableaux rédigés par les communes pour le contrat de ville. »'),
    colonnes: z
      .strictObject({
        atouts: texte.describe('Titre de la colonne des atouts, tel que le contrat l’imprime, par exemple « Forces ».'),
        faiblesses: texte.describe('Titre de la colonne des faiblesses, par exemple « Fragilités ».'),
        perspectives: texte.describe('Titre de la colonne des perspectives, par exemple « Orientations 2024-2030 ».'),
      })
      .describe('Les titres des trois colonnes des tableaux, dans les mots du contrat.'),
    axes: z
      .array(axe)
      .min(1, { error: 'au moins un axe est attendu' })
      .superRefine(sansDoublon('id', 'axe'))
      .describe('Les axes du contrat (ses enjeux, ses piliers), dans son ordre : les lignes des tableaux de diagnostic.'),
  })
  .describe('Les tableaux de diagnostic des fiches : leur titre, leurs colonnes et leurs lignes (axes). Sans ce bloc, les fiches n’ont pas de diagnostic.');

export type ModeleDiagnostic = z.infer<typeof modeleDiagnostic>;
