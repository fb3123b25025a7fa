import { z } from 'astro/zod';
import { texte } from './codes.ts';
import { attendu } from './messages.ts';
import { modeleAges } from './modele-ages.ts';
import { modeleDiagnostic } from './modele-diagnostic.ts';
import { modeleIndicateurs } from './modele-indicateurs.ts';
import { sansDoublon } from './sans-doublon.ts';
import { sourceDocument } from './source-document.ts';

/** Two years joined by a dash in a title: « Contrat de Ville 2015-2020 », and not « Quartiers 2030 » 2024. */
export const ANNEES = /(\d{4})\s*[-–]\s*(\d{4})/;

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
        revenu: texte
          .optional()
          .describe(
            'Ce qu’est le revenu imprimé dans les fiches (clé revenu_fiscal_median), source et année comprises, par exemple « Insee-DGFiP, Filosofi 2019 : revenu disponible médian » ; sans lui, le site l’appelle « revenu fiscal médian ».',
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
    ages: modeleAges.optional(),
    diagnostic: modeleDiagnostic.optional(),
    indicateurs: modeleIndicateurs.optional(),
    sources: z
      .array(sourceDocument)
      .min(1, { error: 'au moins une source est attendue' })
      // A fiche names its document by id: two documents with one id could not be told apart.
      .superRefine(sansDoublon('id', 'source'))
      .describe('Les documents dont les fiches sont transcrites.'),
    mots_cles: z.array(texte).optional().describe('Mots-clés des métadonnées des données (communes, département…) ; à défaut, les mots du nom court.'),
  })
  .describe('Le territoire publié : intercommunalité, contrat de ville, modèle de ses fiches (âges, diagnostic, indicateurs) et documents sources.');

export type Territoire = z.infer<typeof territoire>;
