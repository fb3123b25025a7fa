import { z } from 'astro/zod';
import { identifiant, texte } from './codes.ts';
import { attendu } from './messages.ts';

/** What a definition may name between braces, each drawn from the content when the site is built (lib/glossaire.ts). */
export const variablesGlossaire = {
  code_qp: 'le code d’une fiche de la liste de 2015 (« QP » et six chiffres), s’il y en a une',
  code_qn: 'le code d’une fiche de la liste de 2024 (« QN »…), s’il y en a une',
  population: 'la source des populations des fiches, contrat.population de territoire.yaml',
  annee_population: 'l’année de cette source',
  seuil_bas_revenu: 'le seuil de bas revenu des fiches, contrat.seuil_bas_revenu de territoire.yaml, en euros',
} as const;
export type VariableGlossaire = keyof typeof variablesGlossaire;

const VARIABLE = /\{([^{}]*)\}/g;
const avecVariablesConnues = texte.superRefine((t, ctx) => {
  for (const [, nom] of t.matchAll(VARIABLE)) {
    if (!Object.hasOwn(variablesGlossaire, nom!)) {
      ctx.addIssue({ code: 'custom', message: `variable inconnue « {${nom}} » : écrivez l’une de ${Object.keys(variablesGlossaire).map((v) => `{${v}}`).join(', ')}, ou retirez les accolades` });
    }
  }
});

/**
 * A condition on the content: a path of keys from territoire, quartiers or programmes (through lists), alone (a value
 * is there), with « =valeur » (one value is that) or « ~mot » (one text holds that word); or the contract's first year
 * compared to a year.
 */
export const CONDITION = /^(?:(?:territoire|quartiers|programmes)(?:\.[a-z_]+)+(?:[=~].+)?|debut_contrat(?:>=|<)\d{4})$/;

const CONDITIONS = 'un chemin de clés du contenu (« quartiers.equipements », « territoire.sources.scanne=true », « territoire.contrat.population~RFL ») ou l’année de début du contrat (« debut_contrat>=2024 »)';
const condition = z
  .string({ error: attendu('une condition entre guillemets, par exemple "quartiers.equipements"') })
  .regex(CONDITION, { error: attendu(`une condition : ${CONDITIONS}`) });

/** The words an entry explains, those the site looks for in texts: its acronyms, else its term. */
export const formesExpliquees = (e: { terme: string; sigles?: readonly string[] | undefined }): readonly string[] => e.sigles ?? [e.terme];

const partie = z.union(
  [
    avecVariablesConnues,
    z
      .strictObject({
        texte: avecVariablesConnues.describe('La phrase, qui peut nommer des {variables}.'),
        si: z
          .union([condition, z.array(condition).min(1)], { error: attendu('si : une condition, ou une liste de conditions (une ligne « - … » par condition)') })
          .optional()
          .describe('La phrase n’est écrite que si le contenu remplit cette condition (ou l’une de celles de la liste).'),
      })
      .describe('Une phrase conditionnelle.'),
  ],
  { error: attendu('une phrase (un texte), ou un bloc « texte: … » avec « si: … »') },
);

export const entreeGlossaire = z
  .strictObject({
    id: identifiant.describe(
      'Ancre de l’entrée sur la page du glossaire, par exemple "ccas". Dans le glossaire d’un territoire, une entrée qui reprend l’id d’une entrée commune la remplace, à sa place.',
    ),
    terme: texte.describe('Le mot ou le sigle tel que les pages l’écrivent, par exemple « CCAS » ou « Contrat de ville ».'),
    developpe: texte.optional().describe('La forme longue d’un sigle, par exemple « centre communal d’action sociale ».'),
    sigles: z
      .array(texte, { error: attendu('sigles : une liste de sigles, une ligne « - … » par sigle') })
      .min(1, { error: 'sigles : liste vide ; retirez la clé ou écrivez au moins un sigle' })
      .optional()
      .describe('Les sigles que l’entrée explique quand son terme n’est pas le sigle lui-même (« Prêts du logement social » explique PLAI, PLUS et PLS) : ce sont eux, et non le terme, que le site cherche dans les textes.'),
    definition: z
      .union([avecVariablesConnues, z.array(partie).min(1, { error: 'definition : liste vide ; écrivez au moins une phrase' })], {
        error: attendu('definition : un texte, ou une liste de phrases (une ligne « - … » par phrase)'),
      })
      .describe(
        `La définition, en français simple : un texte, ou une liste de phrases mises bout à bout, dont certaines conditionnelles (« si: »). Une phrase qui nomme une {variable} n’est écrite que si le contenu lui donne une valeur : ${Object.entries(variablesGlossaire).map(([v, d]) => `{${v}}, ${d}`).join(' ; ')}.`,
      ),
    site: z
      .union(
        [
          z.string().regex(new RegExp(`^toujours$|${CONDITION.source}`), { error: attendu(`site : "toujours", ou une condition : ${CONDITIONS}`) }),
          z.array(condition).min(1, { error: 'site : liste vide ; retirez la clé ou écrivez au moins une condition' }),
        ],
        { error: attendu('site : "toujours", une condition, ou une liste de conditions (une ligne « - … » par condition)') },
      )
      .optional()
      .describe(
        'Quand les phrases du site lui-même emploient ce mot (les composants qui le lient par <Terme>) : "toujours", si le contenu remplit cette condition, ou l’une de celles de la liste. Sans cette clé, l’entrée n’est publiée que si un texte du contenu emploie le mot.',
      ),
    resume: texte.optional().describe('Comment la description de la page du glossaire cite ce mot parmi les plus connus, par exemple « contrat de ville » ; absent, elle ne le cite pas.'),
  })
  .describe('Une entrée du glossaire : un mot ou un sigle des fiches, expliqué simplement. Elle n’est publiée que si le site ou son contenu emploie le mot.');

export const sigleIncertain = z
  .strictObject({
    sigle: z
      .string({ error: attendu('un sigle entre guillemets, par exemple "MCS"') })
      .regex(/^[\p{Lu}\p{N}]{2,}$/u, { error: attendu('un sigle en capitales, sans espace ni point, par exemple "MCS"') })
      .describe('Le sigle tel que les fiches l’impriment.'),
    contexte: texte.describe('Ce que les fiches disent autour de lui, dans nos mots : où il apparaît.'),
  })
  .describe('Un sigle que les fiches emploient sans que son sens ici soit établi par une définition publique : listé comme tel plutôt que deviné.');

/** A glossary file: the project's general one, or the one a territory's content folder may add (glossaire.yaml). */
export const glossaire = z
  .strictObject({
    entrees: z.array(entreeGlossaire, { error: attendu('entrees : une liste d’entrées, une ligne « - id: … » par entrée') }).default([]).describe('Les entrées, dans l’ordre de la page du glossaire.'),
    sigles_incertains: z
      .array(sigleIncertain, { error: attendu('sigles_incertains : une liste, une ligne « - sigle: … » par sigle') })
      .default([])
      .describe('Les sigles dont le sens n’est pas établi, listés à part sur la page du glossaire quand les fiches les emploient.'),
  })
  // An anchor or an acronym given twice could not say which definition holds.
  .superRefine((g, ctx) => {
    const ids = new Set<string>();
    g.entrees.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entrees', i, 'id'], message: `id « ${e.id} » déjà pris par une autre entrée du fichier : fusionnez les deux ou changez l’un des id` });
      ids.add(e.id);
    });
    const expliques = new Set(g.entrees.flatMap(formesExpliquees));
    const incertains = new Set<string>();
    g.sigles_incertains.forEach((s, i) => {
      if (incertains.has(s.sigle)) ctx.addIssue({ code: 'custom', path: ['sigles_incertains', i, 'sigle'], message: `sigle « ${s.sigle} » déjà listé : retirez l’une des deux lignes` });
      if (expliques.has(s.sigle)) ctx.addIssue({ code: 'custom', path: ['sigles_incertains', i, 'sigle'], message: `sigle « ${s.sigle} » à la fois expliqué par une entrée et incertain : retirez-le de l’une des deux listes` });
      incertains.add(s.sigle);
    });
  })
  .describe('Un glossaire : ses entrées et ses sigles de sens incertain.');

export type EntreeGlossaire = z.infer<typeof entreeGlossaire>;
export type SigleIncertain = z.infer<typeof sigleIncertain>;
export type Glossaire = z.infer<typeof glossaire>;
