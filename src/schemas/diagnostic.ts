import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { codeInsee, entier, texte } from './codes.ts';
import { axeId } from './axe.ts';
import { tableauMalLu } from './tableau-mal-lu.ts';

const elements = (quoi: string) =>
  z.array(texte, { error: attendu(`${quoi} : une liste de textes (une ligne « - … » par élément)`) }).default([]).describe(`${quoi}, un élément par paragraphe ou puce de la source, dans ses mots.`);

export const pilier = z
  .strictObject({
    pilier: axeId,
    libelle_source: texte.optional().describe('Intitulé de la ligne tel qu’imprimé (même mal lu par l’OCR), par exemple « CONTRAT SOCIAL » ; absent si la source n’en imprime pas.'),
    atouts: elements('Atouts'),
    faiblesses: elements('Faiblesses'),
    perspectives: elements('Perspectives (ou Axes)'),
    remarque: texte.optional().describe('Remarque de transcription (nos mots) : cellule coupée, répétée…'),
  })
  .describe('Une ligne du tableau (un axe du contrat, clé pilier) : atouts, faiblesses et perspectives.');

export const diagnostic = z
  .strictObject({
    commune: codeInsee.optional().describe('Commune qui a rédigé ce tableau, quand le quartier s’étend sur plusieurs communes.'),
    titre_source: texte.optional().describe('Intitulé qui précède le tableau dans la source, s’il y en a un.'),
    colonnes_source: z.array(texte).optional().describe('En-têtes de colonnes tels qu’imprimés, un par colonne, par exemple ["Piliers", "Atouts", "Faiblesses", "Perspectives sur la durée du Contrat"].'),
    piliers: z.array(pilier).optional().describe('Les lignes du tableau, dans l’ordre de la source.'),
    illisible: z
      .strictObject({
        page: entier('page', 2000).describe('Page de la fiche dans le document imprimé, où lire le tableau original.'),
        remarque: texte.describe('Ce qui rend le tableau illisible (nos mots).'),
      })
      .optional()
      .describe("Seulement pour un tableau dont l'OCR n'a rien laissé de lisible (c'est rare) : sinon, ses textes vont dans mal_lu."),
    mal_lu: tableauMalLu.optional().describe('Présent quand l’OCR a brouillé la mise en page du tableau : ses textes, ligne par ligne, au lieu de piliers.'),
    remarque: texte.optional().describe('Remarque de transcription (nos mots).'),
  })
  .superRefine((d, ctx) => {
    const formes = [d.piliers?.length && 'piliers', d.mal_lu && 'mal_lu', d.illisible && 'illisible'].filter(Boolean);
    if (!formes.length) ctx.addIssue({ code: 'custom', message: 'un tableau a soit des piliers, soit un bloc mal_lu : ajoutez l’un des deux', path: ['piliers'] });
    if (formes.length > 1) ctx.addIssue({ code: 'custom', message: `un tableau a une seule forme, piliers ou mal_lu : il a ${formes.join(' et ')}`, path: [String(formes[1])] });
  })
  .describe('Un tableau de diagnostic par axe du contrat (diagnostic.axes de territoire.yaml), pour une commune du quartier.');

export type Pilier = z.infer<typeof pilier>;
export type Diagnostic = z.infer<typeof diagnostic>;
