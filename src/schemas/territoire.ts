import { z } from 'astro/zod';
import { identifiant, texte } from './codes.ts';
import { attendu } from './messages.ts';

/** Two years in a title: « Contrat de Ville 2015-2020 ». */
export const ANNEES = /(\d{4})\D+(\d{4})/;

/** Start and end dates of a contract: those written, else the first and last years of its title. */
export function periodeDuContrat(c: { titre: string; debut?: string | undefined; fin?: string | undefined }): { debut: string; fin: string } {
  const a = c.titre.match(ANNEES);
  return { debut: c.debut ?? `${a?.[1]}-01-01`, fin: c.fin ?? `${a?.[2]}-12-31` };
}

/** The first and last years of a contract's period (2015 and 2020 for « Contrat de Ville 2015-2020 »). */
export function anneesDuContrat(c: Parameters<typeof periodeDuContrat>[0]): { debut: number; fin: number } {
  const { debut, fin } = periodeDuContrat(c);
  return { debut: Number(debut.slice(0, 4)), fin: Number(fin.slice(0, 4)) };
}

/** territoire.yaml, at the root of the content folder: who publishes, and from which documents. */
export const territoire = z
  .strictObject({
    nom: texte.describe("Nom complet de l'intercommunalité, par exemple « Communauté d'Agglomération du Douaisis »."),
    sigle: texte.optional().describe('Sigle de l\'intercommunalité, écrit après son nom sur la page d\'accueil, par exemple « CAD ».'),
    nom_court: texte.describe('Nom court du territoire, utilisé dans le titre du site, par exemple « Douaisis ».'),
    epci: z
      .string({ error: attendu('un numéro SIREN entre guillemets, par exemple "200044618"') })
      .regex(/^\d{9}$/, { error: attendu('un numéro SIREN de 9 chiffres, par exemple "200044618"') })
      .describe("SIREN de l'EPCI ; il doit figurer dans la liste officielle (@etalab/decoupage-administratif)."),
    contrat: z
      .strictObject({
        titre: texte.describe('Titre du contrat de ville, par exemple « Contrat de Ville 2015-2020 ».'),
        debut: z.iso.date({ error: attendu('une date AAAA-MM-JJ') }).optional().describe('Début de la période du contrat (AAAA-MM-JJ) ; à défaut, la première année du titre.'),
        fin: z.iso.date({ error: attendu('une date AAAA-MM-JJ') }).optional().describe('Fin de la période du contrat (AAAA-MM-JJ) ; à défaut, la dernière année du titre.'),
        population: texte
          .optional()
          .describe(
            'Source et année des populations imprimées dans les fiches, écrites comme dans le document, par exemple « RFL 2011 » ; sans elles, le site ne dit pas de quelle année sont les populations.',
          ),
        seuil_bas_revenu: z
          .int({ error: attendu('un nombre entier d’euros par an, sans espace ni symbole, par exemple 11250') })
          .positive({ error: attendu('un nombre entier d’euros par an, plus grand que 0') })
          .optional()
          .describe('Seuil de bas revenu imprimé dans les fiches, en euros par an (60 % du revenu médian national), par exemple 11250 ; sans lui, le site ne compare pas les revenus à un seuil.'),
      })
      // The period is published in the metadata: from the title's years (« 2015-2020 ») or written out.
      .refine((c) => (c.debut && c.fin) || ANNEES.test(c.titre), {
        path: ['debut'],
        error: 'le titre du contrat ne donne pas ses années (« 2015-2020 ») : écrivez debut et fin (AAAA-MM-JJ)',
      })
      .describe('Le contrat de ville dont les fiches sont tirées.'),
    sources: z
      .array(
        z
          .strictObject({
            id: identifiant.describe('Identifiant du document, repris par les fiches.'),
            titre: texte.describe('Titre complet du document source.'),
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
          .describe('Un document source.'),
      )
      .min(1, { error: 'au moins une source est attendue' })
      // A fiche names its document by id: two documents with one id could not be told apart.
      .superRefine((liste, ctx) => {
        const vus = new Set<string>();
        liste.forEach((s, i) => {
          if (vus.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `identifiant « ${s.id} » déjà pris par une autre source : chaque document a le sien` });
          vus.add(s.id);
        });
      })
      .describe('Les documents dont les fiches sont transcrites.'),
    mots_cles: z.array(texte).optional().describe('Mots-clés des métadonnées des données (communes, département…) ; à défaut, les mots du nom court.'),
  })
  .describe('Le territoire publié : intercommunalité, contrat de ville et documents sources.');

export type Territoire = z.infer<typeof territoire>;
