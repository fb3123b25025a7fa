// Moving a folder's files into the site being built, by renaming (both are in .build/, on one disk).
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves each file of `source` to the same place under `cible`, merging into the folders `cible` already has; returns
 * what was moved (files, and whole folders `cible` did not have), so that it can be taken out again. Renaming: the
 * search's 567 files of communes outside the territory took half a second to copy, after Astro, at every build.
 */
export function deplacerDans(source: string, cible: string): string[] {
  const deplaces: string[] = [];
  for (const entree of readdirSync(source, { withFileTypes: true })) {
    const vers = join(cible, entree.name);
    if (entree.isDirectory() && existsSync(vers)) deplaces.push(...deplacerDans(join(source, entree.name), vers));
    else {
      renameSync(join(source, entree.name), vers);
      deplaces.push(vers);
    }
  }
  return deplaces;
}
