// The JSON Schemas an editor reads while a publisher types a content file (the « # yaml-language-server: $schema=… »
// line the starter writes): generated from the Zod schemas and committed under schemas/, so that they exist before
// any build (`npm run schemas` rewrites them; a test fails when they are out of date).
import { relative, resolve, sep } from 'node:path';
import { schemaGlossaire, schemaProgramme, schemaQuartier, schemaTerritoire } from '../donnees/exports.ts';

/** Folder of the committed schemas, at the project root. */
export const DOSSIER_SCHEMAS = 'schemas';

export const schemasEditeur = {
  territoire: { fichier: 'territoire.schema.json', genere: schemaTerritoire },
  quartier: { fichier: 'quartier.schema.json', genere: schemaQuartier },
  programme: { fichier: 'programme.schema.json', genere: schemaProgramme },
  glossaire: { fichier: 'glossaire.schema.json', genere: schemaGlossaire },
} as const;

export type SorteDeFichier = keyof typeof schemasEditeur;

/** The text of a committed schema file. */
export const texteSchemaEditeur = (sorte: SorteDeFichier): string => `${JSON.stringify(schemasEditeur[sorte].genere(schemasEditeur[sorte].fichier), null, 2)}\n`;

/** The first line of a content file at `fichier` (paths from `projet`): its schema for the YAML language server. */
export function ligneSchema(projet: string, fichier: string, sorte: SorteDeFichier): string {
  const schema = resolve(projet, DOSSIER_SCHEMAS, schemasEditeur[sorte].fichier);
  return `# yaml-language-server: $schema=${relative(resolve(projet, fichier, '..'), schema).split(sep).join('/')}`;
}
