import type { Equipement } from '../../schemas/index.ts';
import { libellesTypesBpe } from '../libelles.ts';
import { sansAccents } from './texte.ts';

/**
 * Words a person uses for a kind of équipement, by BPE domain, when its name says what it is.
 * The first rule that matches the name wins; the last rule of a domain has no pattern (its default).
 */
const REGLES: Record<Equipement['domaine'], [RegExp | undefined, string][]> = {
  A: [
    [/mairie|h[oô]tel de ville/i, 'mairie, service public'],
    [/\bposte\b/i, 'bureau de poste, service public'],
    [/police|gendarmerie|commissariat/i, 'police, sécurité'],
    [/emploi|p[oô]le|mission locale|insertion/i, 'emploi, insertion'],
    [/association|associatif|maison des/i, 'vie associative'],
    [undefined, 'service public'],
  ],
  B: [[undefined, 'commerce, magasin']],
  C: [
    [/coll[eè]ge/i, 'collège, établissement scolaire'],
    [/lyc[eé]e|\bl\.?e\.?p\b/i, 'lycée, établissement scolaire'],
    [/universit|\biut\b|facult/i, 'enseignement supérieur, université'],
    [/musique|conservatoire|danse/i, 'école de musique, culture'],
    [/formation|\bcfa\b|afpa|greta/i, 'formation professionnelle'],
    // A school with a person's or a place's name (« La Fontaine », « Jean Macé »): a primary school.
    [undefined, 'école, établissement scolaire'],
  ],
  D: [
    [/centre social|socio|maison de quartier/i, 'centre social, action sociale'],
    [/c\.?c\.?a\.?s|action sociale/i, 'action sociale'],
    [/cr[eè]che|garderie|multi.?accueil|\bram\b|relais|petite enfance|p\.?m\.?i/i, 'petite enfance, garde d’enfants'],
    [/m[eé]dec|sant[eé]|pharmac|h[oô]pital|clinique|dentist|infirm|soins|m[eé]dical/i, 'santé, soins'],
    [/foyer|r[eé]sidence|ehpad|personnes [aâ]g[eé]es|retraite/i, 'personnes âgées, hébergement'],
    [undefined, 'action sociale'],
  ],
  E: [[undefined, 'transport, déplacements']],
  F: [
    [/m[eé]diath[eè]que|biblioth[eè]que|ludoth[eè]que/i, 'bibliothèque, lecture, culture'],
    [/cin[eé]ma|th[eé][aâ]tre|spectacle|mus[eé]e|culturel|conservatoire|musique|arts?\b|danse/i, 'équipement culturel, culture'],
    [
      /stade|terrain|sport|gymnase|piscine|bassin|dojo|tennis|boulodrome|p[eé]tanque|city|skate|football|rugby|athl[eé]|parcours|judo|boxe|basket|handball|v[eé]lodrome|tir\b|plaine de jeux|salle omnisport/i,
      'équipement sportif, sport',
    ],
    [/jeunes|jeunesse|loisirs|centre de loisirs|accueil/i, 'loisirs, jeunesse'],
    [/salle|foyer|maison/i, 'salle municipale, loisirs'],
    [undefined, 'loisirs'],
  ],
  G: [[undefined, 'tourisme, hébergement']],
};

/**
 * The words of its kind that an équipement's search text carries beside its name: its BPE type when the
 * fiche gives it, the words of its kind, and the list it is printed in. « école Douai » then finds
 * « La Fontaine » and « Jean Macé », whose names lack the word.
 */
export function motsDuGenre(e: Pick<Equipement, 'nom' | 'domaine' | 'type_bpe' | 'nature' | 'rubrique_source'>): string[] {
  return [...genre(e), e.rubrique_source].filter((x): x is string => Boolean(x));
}

/**
 * Its kind alone: the BPE type when given, and the words of its kind (« école, établissement scolaire »), less those
 * its name already says (each word repeated is one more entry in the index a search downloads).
 */
export function genre(e: Pick<Equipement, 'nom' | 'domaine' | 'type_bpe' | 'nature'>): string[] {
  const nom = [e.nom, e.nature].filter(Boolean).join(' ');
  const mots = REGLES[e.domaine].find(([motif]) => !motif || motif.test(nom))![1];
  const dejaDit = sansAccents(nom);
  return [...new Set([e.type_bpe ? libellesTypesBpe[e.type_bpe] : undefined, ...mots.split(', ')])].filter((x): x is string => Boolean(x) && !dejaDit.includes(sansAccents(x!)));
}
