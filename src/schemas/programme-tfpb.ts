import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { entier, texte } from './codes.ts';
import { champsProgramme, montantEuros } from './programme-commun.ts';

export const partiesTfpb = ['actions-specifiques', 'droit-commun'] as const;

export const actionTfpb = z
  .strictObject({
    partie: z
      .enum(partiesTfpb, { error: attendu(`partie : "actions-specifiques" (1) ou "droit-commun" (2)`) })
      .describe('Tableau de la source : (1) actions spécifiques ou (2) renforcement des moyens de droit commun.'),
    axe: texte.describe('Axe tel qu’imprimé.'),
    action: texte.optional().describe('Action telle qu’imprimée.'),
    description: texte.optional().describe('« Calendrier et actions associées » tel qu’imprimé.'),
    montant_euros: montantEuros('montant_euros').describe('Dépense moyenne prévisionnelle de l’année du programme (ou surcoût), en euros entiers.'),
    remarque: texte.optional().describe('Remarque de transcription (nos mots).'),
  })
  .describe('Une ligne chiffrée du programme d’actions TFPB.');

export const programmeTfpb = z
  .strictObject({
    ...champsProgramme,
    type: z.literal('tfpb').describe('Type du programme.'),
    annee: entier('annee', 2100).describe('Année du programme.'),
    organisme: texte.describe('Bailleur tel qu’imprimé.'),
    logements: entier('logements', 100_000).describe('« Nombre de logements dans le quartier » tel qu’imprimé.'),
    actions: z.array(actionTfpb).min(1, { error: 'actions : au moins une ligne chiffrée' }).describe('Lignes chiffrées, dans l’ordre de la source.'),
    total_euros: montantEuros('total_euros').describe('Total imprimé « ( A + B ) » ; il doit égaler la somme des actions.'),
  })
  .describe('Programme d’actions annuel de l’abattement de TFPB d’un quartier.');

export type ProgrammeTfpb = z.infer<typeof programmeTfpb>;
