import { z } from 'astro/zod';
import { entier } from './codes.ts';

/** The 9 age brackets of the INSEE carroyage, in the source's order and wording. */
export const tranchesAge = [
  ['0-3', '0 à 3 ans'],
  ['4-5', '4 à 5 ans'],
  ['6-10', '6 à 10 ans'],
  ['11-14', '11 à 14 ans'],
  ['15-17', '15 à 17 ans'],
  ['18-25', '18 à 25 ans'],
  ['25-64', '25 à 64 ans'],
  ['65-74', '65 à 74 ans'],
  ['75+', '75 ans et plus'],
] as const;

export type TrancheAge = (typeof tranchesAge)[number][0];

const effectif = (libelle: string) => entier(`effectif des ${libelle}`, 100_000).describe(`Nombre d'individus des ménages âgés de ${libelle}.`);

export const carroyage = z
  .strictObject({
    individus_menages: entier("nombre d'individus des ménages", 100_000).describe(
      "« nombre d'individus des ménages » tel qu'imprimé : population des carreaux INSEE qui recouvrent le quartier.",
    ),
    tranches: z
      .strictObject(
        Object.fromEntries(tranchesAge.map(([cle, libelle]) => [cle, effectif(libelle)])) as Record<TrancheAge, ReturnType<typeof effectif>>,
      )
      .describe(`Les 9 tranches d'âge imprimées, clés : ${tranchesAge.map(([cle]) => `"${cle}"`).join(', ')}. Leur somme égale individus_menages.`),
  })
  .describe("Éléments d'analyse issus du carroyage INSEE, tels qu'imprimés.");

export type Carroyage = z.infer<typeof carroyage>;
