// The glossary of a territory's site, from its data: the project's general glossary (referentiel/glossaire.yaml) and
// the territory's own (glossaire.yaml of its content folder), both validated by src/schemas/glossaire.ts. Here the
// entries' sentences are written for this content: its codes, its sources, its contract's years.
import { formesExpliquees, type EntreeGlossaire, type Glossaire, type VariableGlossaire } from '../schemas/glossaire.ts';
import { anneesDuContrat } from '../schemas/territoire.ts';
import type { ContenuValide } from './site/contenu-valide.ts';
import { euros, slug } from './format.ts';
import { termesEmployes } from './site/liens-glossaire.ts';
import { anneePopulation } from './site/territoire.ts';

export type { SigleIncertain } from '../schemas/glossaire.ts';

/** An entry as the pages show it: its definition written out for the content. */
export interface Entree {
  /** Anchor on the glossary page (ASCII kebab-case). */
  id: string;
  terme: string;
  /** Long form of an abbreviation. */
  developpe?: string | undefined;
  definition: string;
  /** The acronyms this entry explains, when its term is not the acronym itself (« CDD, CDI » explains both). */
  sigles?: readonly string[] | undefined;
  /** How the glossary page's description names it among the best-known words. */
  resume?: string | undefined;
}

/** An entry written out, with when the site's own sentences use it (for glossaire-publie.ts). */
export type EntreeEcrite = Entree & Pick<EntreeGlossaire, 'site'>;

/**
 * The general glossary with a territory's own: an entry of the same id replaces the general one in its place, the others
 * follow; an acronym the territory explains is no longer uncertain.
 */
export function fusionnerGlossaires(commun: Glossaire, propre: Glossaire | undefined): Glossaire {
  if (!propre) return commun;
  const remplacees = new Map(propre.entrees.map((e) => [e.id, e]));
  const ids = new Set(commun.entrees.map((e) => e.id));
  const expliques = new Set(propre.entrees.flatMap(formesExpliquees));
  return {
    entrees: [...commun.entrees.map((e) => remplacees.get(e.id) ?? e), ...propre.entrees.filter((e) => !ids.has(e.id))],
    sigles_incertains: [...commun.sigles_incertains.filter((s) => !expliques.has(s.sigle)), ...propre.sigles_incertains],
  };
}

/** Anchor of the entry that explains the intercommunalité's acronym (« CAD » → "cad"). */
export const idSigle = (sigle: string): string => slug(sigle);

type Contenu = Pick<ContenuValide, 'territoire' | 'quartiers' | 'programmes'>;

/** The values of the content that definitions may name (schemas/glossaire.ts lists them). */
function variables(c: Contenu): Partial<Record<VariableGlossaire, string>> {
  const codes = c.quartiers.map((q) => q.code).sort();
  const { population, seuil_bas_revenu: seuil } = c.territoire.contrat;
  const v: Partial<Record<VariableGlossaire, string | undefined>> = {
    code_qp: codes.find((code) => code.startsWith('QP')),
    code_qn: codes.find((code) => code.startsWith('QN')),
    population,
    annee_population: anneePopulation(c.territoire),
    seuil_bas_revenu: seuil === undefined ? undefined : euros(seuil),
  };
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
}

/** The values at a path of keys, through lists: « quartiers.equipements.perimetre » gives every équipement's. */
function valeurs(x: unknown, cles: readonly string[]): unknown[] {
  if (Array.isArray(x)) return x.flatMap((y) => valeurs(y, cles));
  if (!cles.length) return x === undefined || x === null || x === false || x === '' ? [] : [x];
  return x !== null && typeof x === 'object' && Object.hasOwn(x, cles[0]!) ? valeurs((x as Record<string, unknown>)[cles[0]!], cles.slice(1)) : [];
}

/** Whether the content meets a condition of the glossary's data (its grammar: CONDITION in schemas/glossaire.ts). */
export function remplit(c: Contenu, condition: string): boolean {
  const annee = /^debut_contrat(>=|<)(\d{4})$/.exec(condition);
  if (annee) return (anneesDuContrat(c.territoire.contrat).debut >= Number(annee[2])) === (annee[1] === '>=');
  const [, chemin = '', operateur, attendu = ''] = /^([a-z_.]+)(?:([=~])(.*))?$/.exec(condition) ?? [];
  const [racine, ...cles] = chemin.split('.');
  const trouvees = valeurs(c[racine as keyof Contenu], cles);
  if (operateur === '=') return trouvees.some((v) => String(v) === attendu);
  // The word as the glossary's links find it: whole, an acronym as written.
  if (operateur === '~') return termesEmployes(trouvees.filter((v) => typeof v === 'string'), [{ id: attendu, formes: [attendu] }]).size > 0;
  return trouvees.length > 0;
}

/** A definition written for the content: its sentences whose condition holds and whose {variables} have a value. */
function ecrire(definition: EntreeGlossaire['definition'], c: Contenu, v: Partial<Record<VariableGlossaire, string>>): string {
  const parties = typeof definition === 'string' ? [definition] : definition;
  return parties
    .flatMap((p) => {
      const { texte, si } = typeof p === 'string' ? { texte: p, si: undefined } : p;
      if (si && ![si].flat().some((condition) => remplit(c, condition))) return [];
      const noms = [...texte.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] as VariableGlossaire);
      return noms.every((n) => v[n] !== undefined) ? [texte.replace(/\{([^{}]*)\}/g, (_, n: VariableGlossaire) => v[n]!)] : [];
    })
    .join(' ');
}

/**
 * The glossary of a territory, written for its content: every entry of `glossaire` (general and own, merged), with the
 * intercommunalité's acronym after the contract's entry when territoire.yaml gives one (« CAD »). `communes`: how many
 * communes the EPCI has. glossairePublie then keeps those the site uses.
 */
export function glossaireDu(glossaire: Glossaire, c: Contenu, communes: number): EntreeEcrite[] {
  const v = variables(c);
  const entrees = glossaire.entrees.map(({ definition, ...e }): EntreeEcrite => ({ ...e, definition: ecrire(definition, c, v) }));
  const { sigle, nom } = c.territoire;
  if (!sigle) return entrees;
  const entree: EntreeEcrite = {
    id: idSigle(sigle),
    terme: sigle,
    developpe: nom,
    definition: `L’intercommunalité qui regroupe ${communes} communes et qui porte le contrat de ville de son territoire.`,
    site: 'toujours',
  };
  const i = entrees.findIndex((e) => e.id === 'contrat-de-ville') + 1;
  return [...entrees.slice(0, i), entree, ...entrees.slice(i)];
}
