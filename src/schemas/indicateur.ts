import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { identifiant, texte } from './codes.ts';

const borne = (quoi: string) =>
  z.number({ error: attendu(`${quoi} : un nombre, sans unité, par exemple 25`) }).min(0, { error: `${quoi} : un nombre positif ou nul est attendu` });

export const indicateur = z
  .strictObject({
    id: identifiant.describe('Indicateur auquel correspond la ligne : l’un des `id` de indicateurs.liste dans territoire.yaml.'),
    libelle: texte.describe('Libellé tel qu’imprimé, par exemple « part de logement HLM ».'),
    valeur: texte.describe('Valeur telle qu’imprimée : une fourchette (« 25 à 30% », « plus de 40% ») ou une valeur exacte (« 45,2 % », « 0 »).'),
    min: borne('min').describe('Borne basse de la fourchette lue dans la valeur ; pour une valeur exacte, la valeur elle-même.'),
    max: borne('max').optional().describe('Borne haute ; absente pour « plus de … » ; égale à min pour une valeur exacte.'),
    unite: z.enum(['%', 'nombre'], { error: attendu('unite : "%" ou "nombre"') }).describe('« % » pour une part, « nombre » pour un nombre ; celle que territoire.yaml déclare pour l’indicateur.'),
    remarque: texte.optional().describe('Remarque de transcription (nos mots), par exemple une ligne répétée ou mal libellée dans la source.'),
  })
  .refine((i) => i.max === undefined || i.max >= i.min, { error: 'max est plus petit que min : vérifiez la fourchette', path: ['max'] })
  .describe("Une ligne d'indicateur de la fiche (par exemple les « Éléments d'analyse issus du kit CGET » des contrats de 2015).");

export type Indicateur = z.infer<typeof indicateur>;
