import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { codeQuartier, entier, identifiant, texte } from './codes.ts';
import { documentSource } from './source.ts';

export const typesProgramme = ['npnru', 'gusp', 'tfpb'] as const;
export type TypeProgramme = (typeof typesProgramme)[number];

/**
 * Source of a programme. Unlike a fiche's source, `page` is optional: the plain-text copies of
 * these three documents carry no page numbers, so a page is given only when the text prints one.
 */
export const sourceProgramme = z
  .strictObject({
    document: documentSource.describe('Document source du programme, l’un des `id` de la liste `sources` de territoire.yaml.'),
    page: entier('page', 2000).optional().describe('Page du document imprimé, seulement quand le texte la donne (les copies texte de ces documents n’ont pas de numéros de page).'),
    titre: texte.optional().describe("Titre ou intitulé tel qu'il est imprimé dans la source, s'il y en a un."),
  })
  .describe("D'où vient le programme : document et, si elle est connue, page.");

export const remarques = z
  .array(z.strictObject({ remarque: texte.describe('Une remarque (nos mots).') }))
  .optional()
  .describe('Remarques de transcription (nos mots), chacune sous une clé « remarque » pour que le contrôle de transcription les reconnaisse.');

/** Fields shared by every programme; each type adds its own sections. */
export const champsProgramme = {
  id: identifiant.describe('Identifiant du programme : le nom du fichier sans « .yaml », par exemple "npnru-qp062024".'),
  titre: texte.describe('Intitulé du programme avec les mots de la source.'),
  quartier: codeQuartier.describe('Code du quartier concerné ; il doit exister dans content/quartiers/.'),
  source: sourceProgramme,
  remarques,
};

export const montantEuros = (quoi: string) =>
  entier(`${quoi} : un montant en euros`, 100_000_000).describe('Montant en euros, nombre entier écrit sans espace ni symbole (« 1 880 000 € » → 1880000).');

export const textes = (quoi: string) =>
  z.array(texte, { error: attendu(`${quoi} : une liste de textes, un élément par ligne « - … »`) });
