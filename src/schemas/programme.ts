import { z } from 'astro/zod';
import { attendu } from './messages.ts';
import { typesProgramme } from './programme-commun.ts';
import { programmeNpnru } from './programme-npnru.ts';
import { programmeGusp } from './programme-gusp.ts';
import { programmeTfpb } from './programme-tfpb.ts';

export const programme = z
  .discriminatedUnion('type', [programmeNpnru, programmeGusp, programmeTfpb], { error: attendu(`type : l'un de ${typesProgramme.map((t) => `"${t}"`).join(', ')}`) })
  .describe('Un programme (NPNRU, GUSP ou TFPB) pour un quartier : un fichier par programme et par quartier dans content/programmes/.');

export type Programme = z.infer<typeof programme>;
