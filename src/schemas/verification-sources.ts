import { z } from 'astro/zod';
import { identifiant, texte } from './codes.ts';
import { attendu } from './messages.ts';

const compte = (quoi: string) => z.int({ error: attendu(`${quoi} : un nombre entier`) }).min(0).describe(quoi);

/**
 * verification-sources.json, beside territoire.yaml: what the last `npm run verifier-sources` found. Written by that
 * command, never by hand; the méthodologie speaks of the check only from it.
 */
export const verificationSources = z
  .strictObject({
    date: z.iso.date({ error: attendu('une date AAAA-MM-JJ') }).describe('Jour de la vérification.'),
    longueur_min: compte('Longueur en caractères à partir de laquelle un texte est cherché.'),
    textes: compte('Textes cherchés.'),
    trouves: compte('Textes retrouvés tels quels dans les documents.'),
    documents: z.array(z.strictObject({ id: identifiant, fichier: texte })).describe('Les documents lus, par id de source et nom de fichier.'),
    non_verifies: z.array(identifiant).describe('Les sources sans fichier, donc non vérifiées.'),
    absents: z
      .array(z.strictObject({ fichier: texte, champ: texte, texte }))
      .describe('Les textes non retrouvés, par fichier et champ : des variantes de lecture (OCR) à relire.'),
  })
  .refine((v) => v.trouves + v.absents.length === v.textes, { error: 'textes doit valoir trouves plus le nombre d’absents', path: ['textes'] })
  .describe('Le relevé de la dernière vérification des textes du contenu dans les documents sources.');

export type VerificationSources = z.infer<typeof verificationSources>;
