import { z } from 'astro/zod';
import { glossaire, programme, quartier, territoire, type Quartier } from '../../schemas/index.ts';
import { LICENCE_OUVERTE } from './metadonnees.ts';

export const LICENCE = `${LICENCE_OUVERTE.titre} (Etalab)`;

/** A fiche as published: the validated YAML fields only (no page helpers), keys in schema order. */
export function quartierPublie(q: Quartier): Quartier {
  const champs = Object.keys(quartier.shape).filter((k) => q[k as keyof Quartier] !== undefined);
  return Object.fromEntries(champs.map((k) => [k, q[k as keyof Quartier]])) as Quartier;
}

/** JSON Schema of a content file, generated from its Zod schema. */
function schemaJson(schema: z.ZodType, title: string, id: string) {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, title, ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) };
}

/** JSON Schema of one quartier file. */
export const schemaQuartier = (id: string) => schemaJson(quartier, 'Fiche quartier prioritaire', id);

/** JSON Schema of territoire.yaml. */
export const schemaTerritoire = (id: string) => schemaJson(territoire, 'Territoire publié (territoire.yaml)', id);

/** JSON Schema of one programme file (NPNRU, GUSP or TFPB). */
export const schemaProgramme = (id: string) => schemaJson(programme, 'Programme d’un quartier (NPNRU, GUSP ou TFPB)', id);

/** JSON Schema of a glossary file (a territory's glossaire.yaml, and the project's general one). */
export const schemaGlossaire = (id: string) => schemaJson(glossaire, 'Glossaire d’un territoire (glossaire.yaml)', id);
