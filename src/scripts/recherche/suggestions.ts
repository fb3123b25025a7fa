// « Vouliez-vous dire … ? »: the vocabulary and the edit distance are fetched only when a word is not found.
import { requeteCorrigee } from '../../lib/recherche/suggestion.ts';

let vocabulaire: Promise<string[]> | undefined;

function charger(base: string): Promise<string[]> {
  vocabulaire ??= fetch(`${base}recherche/vocabulaire.json`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : Promise.reject(new Error(`vocabulaire : ${r.status}`))))
    .catch((err: unknown) => {
      vocabulaire = undefined;
      throw err;
    });
  return vocabulaire;
}

/** The query with its missing words corrected, or undefined when no near word exists. */
export async function proposer(base: string, requete: string, introuvables: readonly string[]): Promise<string | undefined> {
  const [mots, { distance }] = await Promise.all([charger(base), import('fastest-levenshtein')]);
  return requeteCorrigee(requete, introuvables, mots, distance);
}
