import type { z } from 'astro/zod';
import type { YamlLu } from './lire-yaml.ts';

/** A validated entry with what the cross-file rules need to point at a line. */
export interface Entree<T> {
  fichier: string;
  nomFichier: string;
  data: T;
  ligne: YamlLu['ligne'];
}

export interface Collection<T> {
  /** Folder under content/. */
  dossier: string;
  schema: z.ZodType<T>;
}
