import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { entier, texte } from './codes.ts';
import { champsProgramme, montantEuros, textes } from './programme-commun.ts';

export const naturesOperation = ['demolition', 'requalification', 'residentialisation', 'diversification', 'construction', 'amenagement', 'equipement', 'autre'] as const;
export type NatureOperation = (typeof naturesOperation)[number];

export const operationNpnru = z
  .strictObject({
    nature: z.enum(naturesOperation, { error: attendu(`nature : l'une des valeurs ${naturesOperation.join(', ')}`) }).describe('Nature de l’opération (notre classement).'),
    libelle: texte.describe('Libellé de l’opération avec les mots de la source.'),
    quantite: texte.optional().describe('Quantité telle qu’imprimée, par exemple « 227 LLS ».'),
    nombre_logements: entier('nombre_logements', 10_000).optional().describe('Nombre de logements (ou de places) lu dans la source.'),
    montant_euros: montantEuros('montant_euros').optional(),
    date: texte.optional().describe('Date ou période telle qu’imprimée.'),
    remarque: texte.optional().describe('Remarque de transcription (nos mots).'),
  })
  .describe('Une opération du programme de renouvellement urbain.');

export const decisionNpnru = z
  .strictObject({
    libelle: texte.describe('La décision avec les mots de la source.'),
    nombre_logements: entier('nombre_logements', 10_000).optional().describe('Nombre de logements concernés, lu dans la source.'),
    montant_euros: montantEuros('montant_euros').optional(),
    date: texte.optional().describe('Date de la décision telle qu’imprimée.'),
    remarque: texte.optional().describe('Remarque de transcription (nos mots).'),
  })
  .describe('Une décision de l’avenant, avec son montant et sa date quand la source les donne.');

export const programmeNpnru = z
  .strictObject({
    ...champsProgramme,
    type: z.literal('npnru', { error: attendu('type : "npnru", "gusp" ou "tfpb"') }).describe('Type du programme.'),
    statut: z.enum(['interet-national', 'interet-regional'], { error: attendu('statut : "interet-national" ou "interet-regional"') }).describe('Statut du quartier dans le NPNRU (notre identifiant).'),
    statut_source: texte.describe('Statut tel qu’imprimé, par exemple « Le quartier d’intérêt national ».'),
    operations: z.array(operationNpnru).optional().describe('Opérations du tableau de synthèse et du texte, dans l’ordre de la source.'),
    espaces_equipements: textes('espaces_equipements').optional().describe('Voiries, espaces publics et équipements concernés, tels qu’imprimés.'),
    quartiers_fertiles: textes('quartiers_fertiles').optional().describe('Projets « Les Quartiers Fertiles » du quartier, tels qu’imprimés.'),
    decisions: z.array(decisionNpnru).optional().describe('Décisions de l’avenant propres au quartier.'),
  })
  .describe('Programme de renouvellement urbain (NPNRU) d’un quartier, d’après l’avenant n°1.');

export type ProgrammeNpnru = z.infer<typeof programmeNpnru>;
