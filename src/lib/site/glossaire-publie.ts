// Which glossary entries a territory's site publishes: the words its content uses, and those the site's own sentences
// use for that content (each entry's `site` key says when). Another territory's glossary then explains its words, not
// this contract's (a Département's social centres, a mining basin, acronyms of other fiches).
import { chaines } from '../chaines.ts';
import { remplit, type Entree, type EntreeEcrite, type SigleIncertain } from '../glossaire.ts';
import type { ContenuValide } from './contenu-valide.ts';
import { termesALier, termesEmployes } from './liens-glossaire.ts';

type Contenu = Pick<ContenuValide, 'territoire' | 'quartiers' | 'programmes'>;

/** Whether the site's own sentences use the entry's word for this content. */
const duSite = (e: EntreeEcrite, c: Contenu) => e.site === 'toujours' || [e.site ?? []].flat().some((condition) => remplit(c, condition));

const textes = new WeakMap<Contenu, string[]>();

/**
 * The texts of the content: every string of the fiches, the programmes and territoire.yaml (its titles, its model).
 * Gathered once per content: the glossary and the acronyms of uncertain meaning both look through them.
 */
function textesDu(c: Contenu): string[] {
  let liste = textes.get(c);
  if (!liste) textes.set(c, (liste = chaines([c.quartiers, c.programmes, c.territoire])));
  return liste;
}

/**
 * The entries of `glossaire` the site publishes for `c`, in its order: those its sentences use, and those a text of the
 * content uses (by the rule of the links: whole words, acronyms as written).
 */
export function glossairePublie(glossaire: readonly EntreeEcrite[], c: Contenu): Entree[] {
  const gardes = new Set(glossaire.filter((e) => duSite(e, c)).map((e) => e.id));
  const employes = termesEmployes(textesDu(c), termesALier(glossaire.filter((e) => !gardes.has(e.id))));
  return glossaire.filter((e) => gardes.has(e.id) || employes.has(e.id)).map(({ site: _, ...e }) => e);
}

/** The acronyms of uncertain meaning that the content uses. */
export function siglesIncertainsPublies(sigles: readonly SigleIncertain[], c: Contenu): SigleIncertain[] {
  const employes = termesEmployes(textesDu(c), sigles.map((s) => ({ id: s.sigle, formes: [s.sigle] })));
  return sigles.filter((s) => employes.has(s.sigle));
}
