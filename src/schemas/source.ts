import { z } from 'astro/zod';
import { entier, identifiant, texte } from './codes.ts';

/** The id of a source document; the validation checks that territoire.yaml declares it under `sources`. */
export const documentSource = identifiant.describe('Identifiant du document source, l’un des `id` de la liste `sources` de territoire.yaml.');

export const source = z
  .strictObject({
    document: documentSource,
    page: entier('page', 2000).describe('Page du document imprimé (pour une fiche : celle du tableau en tête des fiches).'),
    titre: texte.optional().describe("Titre ou intitulé tel qu'il est imprimé dans la source, s'il y en a un."),
  })
  .describe("D'où vient la donnée : document et page.");

export type Source = z.infer<typeof source>;
