import { z } from 'astro/zod';
import { champsProgramme, textes } from './programme-commun.ts';

export const programmeGusp = z
  .strictObject({
    ...champsProgramme,
    type: z.literal('gusp').describe('Type du programme.'),
    presentation: textes('presentation').optional().describe('Présentation du quartier, paragraphes tels qu’imprimés.'),
    secteurs: textes('secteurs').optional().describe('Secteurs du quartier, tels qu’imprimés.'),
    forces: textes('forces').optional().describe('Forces du diagnostic, telles qu’imprimées.'),
    faiblesses: textes('faiblesses').optional().describe('Faiblesses du diagnostic, telles qu’imprimées.'),
    actions: textes('actions').optional().describe('Programme d’actions, tel qu’imprimé.'),
    participation: textes('participation').optional().describe('Participation des habitants, telle qu’imprimée.'),
  })
  .describe('Charte de gestion urbaine et sociale de proximité (GUSP) d’un quartier.');

export type ProgrammeGusp = z.infer<typeof programmeGusp>;
