import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { texte } from './codes.ts';

/** The 12 lines of the CGET kit, identified so that quartiers can be compared line by line. */
export const indicateurIds = [
  'logement-hlm',
  'logement-location',
  'caf-prestations-plus-50',
  'caf-prestations-100',
  'caf-rsa',
  'caf-rsa-socle',
  'caf-allocation-logement',
  'caf-aides-logement',
  'entreprises',
  'creation-entreprises',
  'medecins-generalistes',
  'structures-petite-enfance',
] as const;

export type IndicateurId = (typeof indicateurIds)[number];

const borne = (quoi: string) =>
  z.number({ error: attendu(`${quoi} : un nombre, sans unité, par exemple 25`) }).min(0, { error: `${quoi} : un nombre positif ou nul est attendu` });

export const indicateur = z
  .strictObject({
    id: z.enum(indicateurIds, { error: attendu(`l'identifiant de l'indicateur, parmi : ${indicateurIds.join(', ')}`) }).describe('Indicateur du kit CGET auquel correspond la ligne.'),
    libelle: texte.describe('Libellé tel qu’imprimé, par exemple « part de logement HLM ».'),
    valeur: texte.describe('Valeur telle qu’imprimée, par exemple « 25 à 30% », « plus de 40% » ou « 0 ».'),
    min: borne('min').describe('Borne basse de la fourchette lue dans la valeur.'),
    max: borne('max').optional().describe('Borne haute ; absente pour « plus de … ».'),
    unite: z.enum(['%', 'nombre'], { error: attendu('unite : "%" ou "nombre"') }).describe('« % » pour une part, « nombre » pour un nombre rapporté à la population.'),
    remarque: texte.optional().describe('Remarque de transcription (nos mots), par exemple une ligne répétée ou mal libellée dans la source.'),
  })
  .refine((i) => i.max === undefined || i.max >= i.min, { error: 'max est plus petit que min : vérifiez la fourchette', path: ['max'] })
  .describe("Une ligne des « Éléments d'analyse issus du kit CGET ».");

export type Indicateur = z.infer<typeof indicateur>;
