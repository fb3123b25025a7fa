import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { codeInsee, entier, identifiant, texte } from './codes.ts';

/** Domains of the INSEE Base permanente des équipements (BPE). */
export const domainesBpe = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export type DomaineBpe = (typeof domainesBpe)[number];

export const perimetres = ['dans', 'limite', 'hors'] as const;
export type Perimetre = (typeof perimetres)[number];

export const equipement = z
  .strictObject({
    id: identifiant.describe('Identifiant stable ; un équipement rattaché à plusieurs quartiers porte le même id dans chaque fiche.'),
    nom: texte.describe('Nom tel qu’imprimé dans la liste.'),
    commune: codeInsee.describe('Commune où se trouve l’équipement.'),
    commune_hors_territoire: z
      .literal(true, { error: attendu('commune_hors_territoire : true, ou retirez la ligne') })
      .optional()
      .describe('Vrai pour un équipement qui est bien dans une commune ni membre de l’EPCI ni voisine du quartier (sinon la validation y voit une faute de code).'),
    adresse: texte.optional().describe('Adresse ou lieu, tel qu’imprimé.'),
    nature: texte.optional().describe('Nature ou usage, tel qu’imprimé (colonne « Nature », parenthèses…).'),
    domaine: z.enum(domainesBpe, { error: attendu('domaine : une lettre de A à G (domaines de la BPE)') }).describe(
      'Domaine BPE : A services aux particuliers, B commerces, C enseignement, D santé et action sociale, E transports et déplacements, F sports, loisirs et culture, G tourisme.',
    ),
    type_bpe: z
      .string({ error: attendu('type_bpe : un code BPE entre guillemets, par exemple "C104"') })
      .regex(/^[A-G]\d{3}$/, { error: attendu('type_bpe : une lettre de A à G suivie de 3 chiffres, par exemple "C104"') })
      .optional()
      .describe('Type d’équipement de la BPE, quand il est clair, par exemple "F101" pour un bassin de natation.'),
    nombre: entier('nombre', 1000).min(2, { error: 'nombre : à indiquer seulement pour 2 équipements ou plus' }).optional().describe('Pour une entrée de décompte (« 3 écoles élémentaires ») : le nombre imprimé.'),
    elements: z.array(texte).optional().describe('Parties ou usages énumérés sous l’équipement, tels qu’imprimés.'),
    perimetre: z.enum(perimetres, { error: attendu('perimetre : "dans", "limite" ou "hors"') }).optional().describe(
      'Position par rapport au périmètre de l’État, quand la source la donne : dans le quartier, en limite (marque *), hors périmètre (marque **, « hors QPV »).',
    ),
    en_projet: z.boolean({ error: attendu('en_projet : true ou false') }).optional().describe('Vrai pour un équipement que la source annonce « en projet » ou « en cours ».'),
    rubrique_source: texte.optional().describe('Intitulé de la liste ou de la rubrique qui contient l’équipement, tel qu’imprimé.'),
    note: texte.optional().describe('Note de la source sur l’équipement, par exemple « (accueillant des élèves des deux QPV) ».'),
    remarque: texte.optional().describe('Remarque de transcription (nos mots).'),
  })
  .refine((e) => !e.type_bpe || e.type_bpe.startsWith(e.domaine), { error: 'type_bpe doit commencer par la lettre du domaine', path: ['type_bpe'] })
  .describe('Un équipement rattaché au quartier.');

export type Equipement = z.infer<typeof equipement>;
