import { z } from 'astro/zod';
import { quartier, type Quartier } from '../../schemas/index.ts';
import { LICENCE_OUVERTE } from './metadonnees.ts';

export const LICENCE = `${LICENCE_OUVERTE.titre} (Etalab)`;

/** A fiche as published: the validated YAML fields only (no page helpers), keys in schema order. */
export function quartierPublie(q: Quartier): Quartier {
  const champs = Object.keys(quartier.shape).filter((k) => q[k as keyof Quartier] !== undefined);
  return Object.fromEntries(champs.map((k) => [k, q[k as keyof Quartier]])) as Quartier;
}

/** JSON Schema of one quartier file, generated from the Zod schema. */
export function schemaQuartier(id: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Fiche quartier prioritaire',
    ...z.toJSONSchema(quartier, { io: 'input', target: 'draft-2020-12' }),
  };
}
