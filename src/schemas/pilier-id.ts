import { z } from 'astro/zod';
import { attendu } from './messages.ts';

/** Our pillars of the contrat de ville; the source's own heading is always kept beside the id. */
export const pilierIds = ['cohesion-sociale', 'cadre-de-vie', 'developpement-economique', 'egalite-des-chances', 'autre'] as const;

export type PilierId = (typeof pilierIds)[number];

export const pilierId = z
  .enum(pilierIds, { error: attendu(`pilier : l'un de ${pilierIds.join(', ')}`) })
  .describe('Pilier du contrat de ville auquel la ligne du tableau se rattache.');
