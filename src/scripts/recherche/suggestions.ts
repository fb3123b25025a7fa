// When nothing holds every word: the queries to try instead, with the vocabulary and the edit distance fetched only then
// (this module itself is loaded only then too).
import { avecInversions, enChiffres, motsJointsOuSepares, requeteCorrigee, sansTypeDeVoie } from '../../lib/recherche/suggestion.ts';

export { sansUnMot } from '../../lib/recherche/suggestion.ts';
import { motsTapes } from '../../lib/recherche/texte.ts';
import { lireJson, uneFois } from './charger.ts';

const charger = uneFois((base: string) => lireJson<string[]>(`${base}recherche/vocabulaire.json`));

/** The query with its missing words corrected, or undefined when no near word exists. */
export async function proposer(base: string, requete: string, introuvables: readonly string[]): Promise<string | undefined> {
  const [mots, { distance }] = await Promise.all([charger(base), import('fastest-levenshtein')]);
  return requeteCorrigee(requete, introuvables, mots, avecInversions(distance));
}

export interface Repli {
  q: string;
  /** What the status line says of it, after « Résultats pour « q » ». */
  raison?: string;
}

/**
 * The queries to search instead, nearest to what was typed first: without its street type (« rue » for an
 * « avenue »), its words joined or split, its words corrected. The search page keeps the first that answers.
 */
export async function replis(base: string, requete: string, introuvables: readonly string[]): Promise<Repli[]> {
  const liste: Repli[] = [];
  const chiffres = enChiffres(requete);
  if (chiffres) liste.push({ q: chiffres, raison: 'en chiffres' });
  const voie = sansTypeDeVoie(requete);
  if (voie) liste.push({ q: voie, raison: `sans « ${motsTapes(requete).find((m) => !motsTapes(voie).includes(m))} »` });
  const mots = await charger(base).catch((err: unknown) => (console.error(err), [] as string[]));
  const n = motsTapes(requete).length;
  for (const q of motsJointsOuSepares(requete, introuvables, mots)) liste.push({ q, raison: motsTapes(q).length > n ? 'en séparant les mots' : 'en joignant les mots' });
  const corrige = await proposer(base, requete, introuvables).catch((err: unknown) => (console.error(err), undefined));
  if (corrige) liste.push({ q: corrige });
  return liste;
}
