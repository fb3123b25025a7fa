import { z } from 'astro/zod';
import { identifiant, texte } from './codes.ts';
import { attendu } from './messages.ts';

export const sourceDocument = z
  .strictObject({
    id: identifiant.describe('Identifiant du document, repris par les fiches.'),
    titre: texte.describe('Titre complet du document source.'),
    url: z
      .url({ protocol: /^https?$/, error: attendu('une adresse web complète en http:// ou https://, par exemple "https://exemple.fr/contrat.pdf"') })
      .optional()
      .describe('Adresse du PDF publié : chaque « page N » des fiches tirées de ce document y renvoie (#page=N). Sans elle, les numéros de page restent du texte.'),
    decalage_pages: z
      .int({ error: attendu('decalage_pages : un nombre entier, par exemple 2') })
      .optional()
      .describe('Page du PDF moins page imprimée, quand le PDF compte des pages avant la page 1 imprimée (par exemple 2) ; 0 par défaut.'),
    scanne: z
      .boolean({ error: attendu('true ou false') })
      .optional()
      .describe('true quand le document est un PDF scanné dont le texte a été lu par reconnaissance de caractères (OCR) : les fiches préviennent alors que des mots peuvent être mal lus.'),
    fichier: z
      .string({ error: attendu('un nom de fichier .txt ou .pdf entre guillemets, par exemple "contrat-de-ville.pdf"') })
      .regex(/^[^/\\]+\.(txt|pdf)$/i, { error: attendu('un nom de fichier .txt ou .pdf, sans dossier, par exemple "contrat-de-ville.pdf"') })
      .optional()
      .describe(
        'Nom du fichier du document (texte .txt, ou PDF lu par pdftotext) dans le dossier que reçoit npm run verifier-sources ; sans lui, la vérification dit ce document non vérifié.',
      ),
  })
  .describe('Un document source.');

export type SourceDocument = z.infer<typeof sourceDocument>;
