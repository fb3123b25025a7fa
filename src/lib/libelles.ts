import type { DomaineBpe, IndicateurId, Perimetre, PilierId } from '../schemas/index.ts';

export const libellesPiliers: Record<PilierId, string> = {
  'cohesion-sociale': 'Cohésion sociale',
  'cadre-de-vie': 'Cadre de vie et renouvellement urbain',
  'developpement-economique': 'Développement économique et emploi',
  'egalite-des-chances': 'Égalité des chances et axes transversaux',
  autre: 'Autres enjeux',
};

export const libellesDomaines: Record<DomaineBpe, string> = {
  A: 'Services aux particuliers',
  B: 'Commerces',
  C: 'Enseignement',
  D: 'Santé et action sociale',
  E: 'Transports et déplacements',
  F: 'Sports, loisirs et culture',
  G: 'Tourisme',
};

export const libellesPerimetres: Record<Perimetre, string> = {
  dans: 'Dans le quartier',
  limite: 'En limite du périmètre',
  hors: 'Hors périmètre',
};

export const libellesTypesBpe: Record<string, string> = {
  C101: 'École maternelle',
  C104: 'École élémentaire',
  C201: 'Collège',
  C301: 'Lycée général ou technologique',
  C302: 'Lycée professionnel',
  F101: 'Bassin de natation',
};

/** Short, stable wording of each CGET line, for column headers and comparisons. */
export const libellesIndicateurs: Record<IndicateurId, string> = {
  'logement-hlm': 'Part de logement HLM',
  'logement-location': 'Part de logement en location',
  'caf-prestations-plus-50': 'Allocataires CAF dont le revenu dépend à plus de 50 % des prestations',
  'caf-prestations-100': 'Allocataires CAF dont le revenu dépend à 100 % des prestations',
  'caf-rsa': 'Allocataires CAF touchant le RSA',
  'caf-rsa-socle': 'Allocataires CAF touchant le RSA socle',
  'caf-allocation-logement': 'Allocataires CAF percevant une allocation logement',
  'caf-aides-logement': 'Allocataires CAF percevant des aides personnelles au logement',
  entreprises: 'Entreprises pour 1 000 habitants',
  'creation-entreprises': "Part de création d'entreprises",
  'medecins-generalistes': 'Médecins généralistes',
  'structures-petite-enfance': 'Structures petite enfance 0-2 ans pour 1 000 habitants',
};

/** The two lists of quartiers prioritaires, by the generation of their codes (generationDuCode). */
export const listesQpv = { 2015: 'QPV 2015', 2024: 'Quartiers 2030' } as const;
