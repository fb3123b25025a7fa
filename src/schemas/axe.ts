import { identifiant, texte } from './codes.ts';
import { z } from 'astro/zod';

/** An axis id as a fiche writes it; the validation checks that territoire.yaml declares it (diagnostic.axes). */
export const axeId = identifiant.describe('Axe (enjeu, pilier…) du contrat auquel la ligne se rattache : l’un des `id` de diagnostic.axes dans territoire.yaml.');

export const axe = z
  .strictObject({
    id: identifiant.describe('Identifiant de l’axe, repris par les lignes des tableaux de diagnostic des fiches (clé pilier).'),
    libelle: texte.describe('Intitulé de l’axe, tel que le contrat l’écrit, par exemple « Éducation et réussite éducative » ; c’est le titre de la ligne sur les fiches.'),
  })
  .describe('Un axe du contrat : une ligne des tableaux de diagnostic.');

export type Axe = z.infer<typeof axe>;
