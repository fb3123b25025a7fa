// What every description of the data says the same way: title, licence, sources, keywords, attribution.
import { reglages } from '../../site.config.ts';
import { listeFrancaise, minuscule, slug } from '../format.ts';
import { la } from '../elision.ts';
import type { Modele } from '../site/modele.ts';
import type { TerritoireVue } from '../site/territoire.ts';

/** Name of the data package and identifier of the DCAT dataset: « quartiers-prioritaires- » and the short name as a slug. */
export const identifiantJeu = (t: Pick<TerritoireVue, 'nom_court'>) => `quartiers-prioritaires-${slug(t.nom_court)}`;

export const titreJeu = (t: Pick<TerritoireVue, 'nom'>) => `Quartiers prioritaires de la politique de la ville de ${la(t.nom)}`;

/** What the data set holds: the parts of the fiches that its content has, and its programmes' kinds. */
export type ContenuJeu = Pick<Modele, 'quartiers' | 'programmes' | 'territoire'>;

export function descriptionJeu(m: ContenuJeu): string {
  const { territoire } = m;
  // Each part in the territory's own words (the headings its model declares).
  const parties = [
    'identité, population et revenu',
    ...(territoire.ages && m.quartiers.some((q) => q.carroyage) ? [minuscule(territoire.ages.titre)] : []),
    ...(territoire.indicateurs && m.quartiers.some((q) => q.indicateurs?.length) ? [minuscule(territoire.indicateurs.titre)] : []),
    ...(territoire.diagnostic && m.quartiers.some((q) => q.diagnostics?.length) ? [minuscule(territoire.diagnostic.titre)] : []),
    ...(m.quartiers.some((q) => q.equipements?.length) ? ['équipements rattachés'] : []),
  ];
  const types = typesDeProgrammes(m);
  return (
    `Les quartiers prioritaires (QPV) de ${la(territoire.nom)}, transcrits du ${territoire.contrat.titre} : ${parties.join(', ')}` +
    `${types.length ? `, et les programmes ${listeFrancaise(types)} des documents qui l’accompagnent` : ''}. Les textes sont ceux des documents, sans reformulation.`
  );
}

/** The kinds of programmes the content has, as their acronyms, in the order of the site (NPNRU, GUSP, TFPB). */
export const typesDeProgrammes = (m: Pick<Modele, 'programmes'>): string[] =>
  (['npnru', 'gusp', 'tfpb'] as const).filter((t) => m.programmes.some((p) => p.type === t)).map((t) => t.toUpperCase());

export const LICENCE_OUVERTE = {
  id: 'etalab-2.0',
  titre: 'Licence Ouverte / Open Licence 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

export const motsCles = ({ territoire, ...m }: ContenuJeu): string[] => [
  'politique de la ville', 'quartiers prioritaires', 'QPV', 'contrat de ville',
  ...(m.quartiers.some((q) => q.npnru) ? ['NPNRU'] : []),
  ...(m.quartiers.some((q) => q.equipements?.length) ? ['équipements'] : []),
  ...(territoire.mots_cles ?? territoire.nom_court.split('-')),
];

export type Reglages = Pick<typeof reglages, 'editeur' | 'contact' | 'url' | 'construitLe'>;

/** The source documents of territoire.yaml, the contrat de ville first, each with its published PDF when declared. */
export function sources(t: Pick<TerritoireVue, 'sources'>): { titre: string; url?: string }[] {
  return t.sources.map(({ titre, url }) => ({ titre, ...(url ? { url } : {}) }));
}

/** « 1er décembre 2026 », « 2 décembre 2026 », in Paris time. */
export function dateLongue(iso: string): string {
  const parties = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).formatToParts(new Date(iso));
  return parties.map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** The line to quote when reusing the data, as the Licence Ouverte 2.0 asks: source and date of last update. */
export function attribution(t: Pick<TerritoireVue, 'nom' | 'contrat'>, r: Pick<Reglages, 'editeur' | 'construitLe'> = reglages): string {
  // « éditeur : … » reads right with any PUBLISHER_NAME, with or without an article.
  return `${t.nom}, ${t.contrat.titre} — données transcrites${r.editeur ? ` (éditeur : ${r.editeur})` : ''}, mise à jour du ${dateLongue(r.construitLe)}`;
}

