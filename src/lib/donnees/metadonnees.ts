// What every description of the data says the same way: title, licence, sources, keywords, attribution.
import { periodeDuContrat } from '../../schemas/territoire.ts';
import { reglages, territoire } from '../../site.config.ts';
import { slug } from '../format.ts';

/** Name of the data package and identifier of the DCAT dataset: « quartiers-prioritaires- » and the short name as a slug. */
export const IDENTIFIANT_JEU = `quartiers-prioritaires-${slug(territoire.nom_court)}`;

export const TITRE_JEU = `Quartiers prioritaires de la politique de la ville de la ${territoire.nom}`;

export const DESCRIPTION_JEU =
  `Les quartiers prioritaires (QPV) de la ${territoire.nom}, transcrits du ${territoire.contrat.titre} : ` +
  'identité, population et revenu, carroyage INSEE par tranche d’âge, indicateurs du kit CGET, diagnostics par pilier, équipements rattachés, ' +
  'et les programmes NPNRU, GUSP et TFPB des documents qui l’accompagnent. Les textes sont ceux des documents, sans reformulation.';

export const LICENCE_OUVERTE = {
  id: 'etalab-2.0',
  titre: 'Licence Ouverte / Open Licence 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

export const MOTS_CLES = ['politique de la ville', 'quartiers prioritaires', 'QPV', 'contrat de ville', 'NPNRU', 'équipements', ...(territoire.mots_cles ?? territoire.nom_court.split('-'))];

/** Years covered: those of the contrat de ville. */
export const PERIODE = periodeDuContrat(territoire.contrat);

export const TERRITOIRE = territoire.nom;

export type Reglages = Pick<typeof reglages, 'editeur' | 'contact' | 'url' | 'construitLe' | 'sourceUrl'>;

/** The source documents of territoire.yaml, the contrat de ville first, with its published PDF when set. */
export function sources(r: Reglages = reglages): { titre: string; url?: string }[] {
  return territoire.sources.map(({ titre }, i) => ({ titre, ...(i === 0 && r.sourceUrl ? { url: r.sourceUrl } : {}) }));
}

/** « 1er décembre 2026 », « 2 décembre 2026 », in Paris time. */
export function dateLongue(iso: string): string {
  const parties = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).formatToParts(new Date(iso));
  return parties.map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** The line to quote when reusing the data, as the Licence Ouverte 2.0 asks: source and date of last update. */
export function attribution(r: Pick<Reglages, 'editeur' | 'construitLe'> = reglages): string {
  return `${TERRITOIRE}, ${territoire.contrat.titre} — données transcrites${r.editeur ? ` par ${r.editeur}` : ''}, mise à jour du ${dateLongue(r.construitLe)}`;
}

/** An e-mail address for "mailto:", or undefined when the contact is a web address. */
export function courriel(contact: string | undefined): string | undefined {
  return contact && /^[^\s@/:]+@[^\s@/]+$/.test(contact.replace(/^mailto:/, '')) ? contact.replace(/^mailto:/, '') : undefined;
}
