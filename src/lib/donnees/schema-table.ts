// Frictionless Table Schema and CSV dialect of a download, generated from its column definitions and,
// through z.toJSONSchema, from the Zod fields they copy: nothing here is typed a second time.
import { z } from 'astro/zod';
import { CSV } from './csv.ts';
import type { Colonne, Tableau, TypeChamp } from './tableaux.ts';

interface SchemaJson {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  description?: string;
}

export interface ChampTable {
  name: string;
  title: string;
  description?: string;
  type: TypeChamp;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: Record<string, unknown>;
}

const TYPES: Record<string, TypeChamp> = { string: 'string', integer: 'integer', number: 'number', boolean: 'boolean' };

export function champTable<L>(c: Colonne<L>): ChampTable {
  const js: SchemaJson = c.champ ? (z.toJSONSchema(c.champ, { io: 'input' }) as SchemaJson) : {};
  const type = c.type ?? (js.type && TYPES[js.type]) ?? (js.enum ? 'string' : undefined);
  if (!type) throw new Error(`colonne ${c.nom} : type introuvable dans son schéma Zod, donnez-le (type)`);
  const requis = c.requis ?? (c.champ ? !c.champ.safeParse(undefined).success : false);
  // A derived column (a label) keeps only its own constraints, not those of the code it translates.
  const propres = c.type ? {} : js;
  const contraintes = Object.fromEntries(
    Object.entries({
      required: requis || undefined,
      enum: c.valeurs ? [...c.valeurs] : propres.enum,
      pattern: c.motif ?? propres.pattern,
      minimum: propres.minimum,
      maximum: propres.maximum,
      minLength: propres.minLength,
      maxLength: propres.maxLength,
    }).filter(([, v]) => v !== undefined),
  );
  return {
    name: c.nom,
    title: c.titre,
    ...((c.description ?? js.description) ? { description: c.description ?? js.description } : {}),
    type,
    ...(type === 'boolean' ? { trueValues: [CSV.vrai], falseValues: [CSV.faux] } : {}),
    ...(Object.keys(contraintes).length ? { constraints: contraintes } : {}),
  };
}

export function schemaTable<L>(t: Tableau<L>) {
  return {
    fields: t.colonnes.map(champTable),
    missingValues: [''],
    primaryKey: t.clePrimaire,
    ...(t.clesEtrangeres
      ? { foreignKeys: t.clesEtrangeres.map((f) => ({ fields: f.champs, reference: { resource: f.ressource, fields: f.reference } })) }
      : {}),
  };
}

/**
 * The CSV dialect written by lignesCsv. A Frictionless dialect has no byte order mark: the files are declared
 * UTF-8 and start with one, for spreadsheets (tests/build/paquet-donnees.test.ts says how the validator reads it).
 */
export const dialecteCsv = {
  delimiter: CSV.separateur,
  lineTerminator: CSV.finDeLigne,
  quoteChar: CSV.guillemet,
  doubleQuote: true,
  header: true,
} as const;
