import { z } from 'astro/zod';
import { texte } from './codes.ts';

export const modeleAges = z
  .strictObject({
    methode: texte.optional().describe('Ce que la page Méthodologie dit de la grille (vos mots) : d’où ils viennent, comment les lire.'),
    titre: texte.describe('Titre de la partie des fiches, par exemple « Âges ».'),
    effectif: texte.describe('Ce que compte le total de la grille, écrit après le nombre, par exemple « individus des ménages d’après le carroyage INSEE, dont les carreaux débordent un peu du quartier ».'),
  })
  .describe('La grille des âges des fiches (clé carroyage : 9 tranches d’âge et leur total). Sans ce bloc, les fiches n’en ont pas.');

export type ModeleAges = z.infer<typeof modeleAges>;
