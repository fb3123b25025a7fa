import type { DomaineBpe, Perimetre } from '../schemas/index.ts';

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

/** The two lists of quartiers prioritaires, by the generation of their codes (generationDuCode). */
export const listesQpv = { 2015: 'QPV 2015', 2024: 'Quartiers 2030' } as const;

/** A quartier's place in the NPNRU (its `npnru` key) as the CSV and the pages write it. */
export const libellesNpnru = { national: 'national', regional: 'régional', false: 'non' } as const;

/** The search filter's value for a quartier of the NPNRU, by its kind. */
export const filtresNpnru = { national: 'Intérêt national', regional: 'Intérêt régional' } as const;
