import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { entier, texte } from './codes.ts';
import { axeId } from './axe.ts';

/**
 * A diagnostic table whose layout the OCR garbled: its texts are readable but their column and pillar are not
 * certain. It is kept row by row as printed, never mapped to atouts / faiblesses / perspectives.
 */
export const structuresTableau = ['incertaine'] as const;

export const cellule = z
  .array(texte, { error: attendu('une cellule : une liste de textes (une ligne « - … » par paragraphe ou puce), [] si elle est vide') })
  .describe('Une cellule, dans l’ordre de la ligne : ses textes tels qu’imprimés, un par paragraphe ou puce ; [] pour une cellule vide.');

export const ligneMalLue = z
  .strictObject({
    libelle_source: texte.optional().describe('Intitulé de la ligne (sa première cellule) tel qu’imprimé, même mal lu, par exemple « COURS DE VIE ET D’ÉVALUATION » ; absent si cette cellule est vide, ou si elle contient des textes plutôt qu’un intitulé (elle est alors la première des cellules).'),
    pilier: axeId
      .optional()
      .describe('Seulement quand l’intitulé imprimé est de toute évidence un pilier mal lu (« CAHIER DE VIE ET RENOUVELLEMENT URBAIN » : cadre-de-vie) ; sinon absent, sans deviner.'),
    cellules: z
      .array(cellule, { error: attendu('cellules : une liste de cellules, chacune une liste de textes') })
      .min(1, { error: 'cellules : une ligne a au moins une cellule ; retirez la ligne si elle est vide dans la source' })
      .describe('Les cellules qui suivent l’intitulé, dans l’ordre imprimé ; une cellule imprimée deux fois de suite est gardée une fois (dites-le dans la remarque).'),
    remarque: texte.optional().describe('Remarque de transcription (nos mots) : cellule répétée gardée une fois, texte coupé…'),
  })
  .describe('Une ligne du tableau mal lu, telle qu’imprimée.');

export const tableauMalLu = z
  .strictObject({
    structure: z
      .enum(structuresTableau, {
        error: attendu('structure : incertaine (les textes sont lisibles, leur colonne et leur pilier incertains ; un tableau bien lu se transcrit en piliers)'),
      })
      .describe('Fiabilité de la mise en page : « incertaine », les textes sont ceux du document mais leur colonne et leur pilier sont incertains.'),
    page: entier('page', 2000).describe('Page du document imprimé où commence la fiche (le texte OCR n’a pas de sauts de page) : le tableau original y est, ou dans les pages qui suivent.'),
    lignes: z
      .array(ligneMalLue, { error: attendu('lignes : une liste de lignes du tableau') })
      .min(1, { error: 'lignes : au moins une ligne ; un tableau sans texte lisible n’a rien à publier' })
      .describe('Les lignes du tableau, dans l’ordre de la source.'),
    remarque: texte.describe('Ce qui rend la structure incertaine : en-têtes inventés, cellules décalées ou répétées (nos mots).'),
  })
  .describe('Tableau de diagnostic dont l’OCR a brouillé la mise en page : ses textes, ligne par ligne, sans attribution de colonne.');

export type LigneMalLue = z.infer<typeof ligneMalLue>;
export type TableauMalLu = z.infer<typeof tableauMalLu>;
