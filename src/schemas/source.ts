import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { entier, texte } from './codes.ts';

export const documentIds = ['contrat-de-ville-2015-2020', 'npnru-avenant-1', 'charte-gusp', 'tfpb-2023'] as const;

export const documentSource = z
  .enum(documentIds, { error: attendu(`l'un des documents sources : ${documentIds.join(', ')}`) })
  .describe('Document source, parmi ceux que présente la page Méthodologie.');

export const source = z
  .strictObject({
    document: documentSource,
    page: entier('page', 2000).describe('Page du document imprimé (pour une fiche : celle du tableau en tête des fiches).'),
    titre: texte.optional().describe("Titre ou intitulé tel qu'il est imprimé dans la source, s'il y en a un."),
  })
  .describe("D'où vient la donnée : document et page.");

export type Source = z.infer<typeof source>;
