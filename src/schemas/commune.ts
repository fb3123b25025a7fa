import { z } from 'astro/zod';
import { codeInsee, codeQuartier, entier, texte } from './codes.ts';

/** A commune as the site shows it: built from the official code list, never typed by hand. */
export const commune = z
  .strictObject({
    code: codeInsee,
    nom: texte.describe('Nom officiel (Code officiel géographique).'),
    population: entier('population', 10_000_000).describe('Population municipale légale.'),
    membre_epci: z.boolean().describe("Vrai si la commune est membre de l'intercommunalité publiée (territoire.yaml)."),
    quartiers: z.array(codeQuartier).describe('Quartiers prioritaires qui s’étendent sur la commune.'),
  })
  .describe('Une commune nommée dans les données.');

export type Commune = z.infer<typeof commune>;
