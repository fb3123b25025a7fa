import type { Quartier } from '../../src/schemas/index.ts';

/** The smallest valid fiche, shared by the unit tests that vary one field at a time. */
export const quartierMinimal: Quartier = {
  code: 'QP062002',
  nom: 'Camus',
  communes: ['62032'],
  communes_source: 'Angres',
  population: 1220,
  revenu_fiscal_median: 10800,
  npnru: false,
  source: { document: 'contrat-de-ville-2015-2020', page: 24 },
};
