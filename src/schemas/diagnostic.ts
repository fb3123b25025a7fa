import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { codeInsee, entier, texte } from './codes.ts';

/** Our pillars of the contrat de ville; the source's own heading is kept beside the id. */
export const pilierIds = ['cohesion-sociale', 'cadre-de-vie', 'developpement-economique', 'egalite-des-chances', 'autre'] as const;

export type PilierId = (typeof pilierIds)[number];

const elements = (quoi: string) =>
  z.array(texte, { error: attendu(`${quoi} : une liste de textes (une ligne « - … » par élément)`) }).default([]).describe(`${quoi}, un élément par paragraphe ou puce de la source, dans ses mots.`);

export const pilier = z
  .strictObject({
    pilier: z.enum(pilierIds, { error: attendu(`pilier : l'un de ${pilierIds.join(', ')}`) }).describe('Pilier du contrat de ville auquel la ligne du tableau se rattache.'),
    libelle_source: texte.optional().describe('Intitulé de la ligne tel qu’imprimé (même mal lu par l’OCR), par exemple « CONTRAT SOCIAL » ; absent si la source n’en imprime pas.'),
    atouts: elements('Atouts'),
    faiblesses: elements('Faiblesses'),
    perspectives: elements('Perspectives (ou Axes)'),
    remarque: texte.optional().describe('Remarque de transcription (nos mots) : cellule coupée, répétée…'),
  })
  .describe('Une ligne (un pilier) du tableau Piliers | Atouts | Faiblesses | Perspectives.');

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
      .describe("Présent quand l'OCR a rendu le tableau inexploitable : il n'est alors pas publié cellule par cellule."),
    remarque: texte.optional().describe('Remarque de transcription (nos mots).'),
  })
  .superRefine((d, ctx) => {
    if (!d.piliers?.length && !d.illisible) ctx.addIssue({ code: 'custom', message: 'un tableau a soit des piliers, soit un bloc illisible : ajoutez l’un des deux', path: ['piliers'] });
    if (d.piliers?.length && d.illisible) ctx.addIssue({ code: 'custom', message: 'un tableau illisible ne publie pas de piliers : retirez piliers ou illisible', path: ['illisible'] });
  })
  .describe('Un tableau de diagnostic par pilier, pour une commune du quartier.');

export type Pilier = z.infer<typeof pilier>;
export type Diagnostic = z.infer<typeof diagnostic>;
