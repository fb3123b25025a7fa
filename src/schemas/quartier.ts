import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { codeInsee, codeQuartier, entier, texte } from './codes.ts';
import { source } from './source.ts';
import { carroyage } from './carroyage.ts';
import { indicateur } from './indicateur.ts';
import { diagnostic } from './diagnostic.ts';
import { equipement } from './equipement.ts';

export const quartier = z
  .strictObject({
    exemple: z
      .literal(true, { error: attendu('exemple : true, sur la seule fiche d’exemple de npm run nouveau-territoire') })
      .optional()
      .describe('Marque la fiche d’exemple écrite par npm run nouveau-territoire : la validation la refuse tant que la ligne est là.'),
    code: codeQuartier,
    nom: texte.describe('Nom du quartier tel qu’imprimé dans le tableau des quartiers éligibles.'),
    communes: z
      .array(codeInsee, { error: attendu('communes : une liste de codes INSEE entre guillemets, par exemple ["62498"]') })
      .min(1, { error: 'communes : au moins une commune' })
      .describe('Communes sur lesquelles s’étend le quartier (codes INSEE).'),
    communes_source: texte.describe('Communes telles qu’imprimées dans le tableau, par exemple « Douai / Sin-le-Noble ».'),
    communes_voisines: z.array(codeInsee).optional().describe('Communes nommées entre parenthèses dans l’intitulé de la fiche, hors du quartier réglementaire.'),
    population: entier('population', 100_000).describe('Population du quartier, telle qu’imprimée ; sa source et son année sont dans territoire.yaml (contrat.population).'),
    revenu_fiscal_median: entier('revenu fiscal médian', 100_000).min(1000, { error: 'revenu fiscal médian : valeur invraisemblable (moins de 1 000 €) ; il est en euros par an' }).describe('Revenu fiscal médian annuel par unité de consommation, en euros.'),
    npnru: z
      .union([z.enum(['national', 'regional']), z.literal(false)], { error: attendu('npnru : national, regional ou false (le quartier est-il dans le NPNRU, et à quel titre ?)') })
      .describe('Place du quartier dans le Nouveau programme national de renouvellement urbain : national (projet d’intérêt national), regional (d’intérêt régional) ou false (hors NPNRU).'),
    source: source.describe('Document et page de la fiche (page donnée par le tableau en tête des fiches).'),
    carroyage: carroyage.optional().describe("Grille des âges de la fiche (territoire.yaml la déclare sous ages), par exemple les « Éléments d'analyse issus du carroyage INSEE » des contrats de 2015."),
    indicateurs: z.array(indicateur).optional().describe("Lignes d'indicateurs de la fiche, dans son ordre (celles que territoire.yaml déclare sous indicateurs.liste)."),
    diagnostics: z.array(diagnostic).optional().describe('Tableaux de diagnostic, un par commune contributrice ; [] quand la fiche source n’en imprime aucun ; absent tant qu’ils ne sont pas transcrits.'),
    equipements: z.array(equipement).optional().describe('Équipements rattachés, toutes listes confondues.'),
    remarques: z
      .array(z.strictObject({ remarque: texte.describe('Une remarque (nos mots).') }))
      .optional()
      .describe('Remarques de transcription sur la fiche (nos mots), chacune sous une clé « remarque » pour que le contrôle de transcription les reconnaisse.'),
  })
  .describe('Fiche d’un quartier prioritaire de la politique de la ville.');

export type Quartier = z.infer<typeof quartier>;
