// Which glossary entries a territory's site publishes: the words its fiches use, and those the site's own sentences
// use for that content. Another territory's glossary then explains its words, not this contract's (a Département's
// social centres, a mining basin, acronyms of other fiches).
import { chaines } from '../chaines.ts';
import type { Entree, SigleIncertain, TermeId } from '../glossaire.ts';
import type { ContenuValide } from './contenu-valide.ts';
import { termesALier, termesEmployes } from './liens-glossaire.ts';
import { unDocumentScanne } from './territoire.ts';

/** Entries the site's sentences use on every fiche, whatever its content (context box, « L'essentiel », diagnostic). */
const TOUJOURS: readonly TermeId[] = [
  'qpv', 'politique-de-la-ville', 'contrat-de-ville', 'diagnostic',
  'anct', 'sig-ville', 'npnru', 'anru', 'conseil-citoyen',
];

/** Entries that the pages' own sentences use for this content: the figures it has, its documents, its programmes. */
function termesDuSite(c: ContenuValide): Set<string> {
  const ids = new Set<string>(TOUJOURS);
  const ajouter = (oui: boolean, ...liste: TermeId[]) => {
    if (oui) for (const id of liste) ids.add(id);
  };
  // The fiches' income is the revenu fiscal médian unless territoire.yaml says what else it is (contrat.revenu).
  ajouter(c.territoire.contrat.revenu === undefined, 'revenu-fiscal-median', 'unite-de-consommation');
  ajouter(c.territoire.contrat.seuil_bas_revenu !== undefined, 'seuil-de-bas-revenu');
  ajouter(unDocumentScanne(c.territoire), 'ocr');
  ajouter(c.quartiers.some((q) => q.equipements?.length), 'bpe', 'perimetre', 'quartier-vecu');
  ajouter(c.programmes.some((p) => p.type === 'gusp'), 'gusp');
  ajouter(c.programmes.some((p) => p.type === 'tfpb'), 'tfpb');
  return ids;
}

/**
 * The texts of the content: every string of the fiches and programmes, and what territoire.yaml says of them (the
 * populations' source, the model's headings, axes, columns and indicators: « pilier », « kit CGET » come from there).
 */
const textesDu = (c: ContenuValide): string[] => {
  const { contrat, ages, diagnostic, indicateurs } = c.territoire;
  return [...chaines(c.quartiers), ...chaines(c.programmes), ...chaines([contrat.population, contrat.revenu, ages, diagnostic, indicateurs])];
};

/**
 * The entries of `glossaire` the site publishes for `c`: those its sentences use, those a text of the content uses
 * (by the rule of the links: whole words, acronyms as written), and `propres` (the territory's own acronym).
 */
export function glossairePublie(glossaire: readonly Entree[], c: ContenuValide, propres: ReadonlySet<string> = new Set()): Entree[] {
  const gardes = termesDuSite(c);
  const employes = termesEmployes(textesDu(c), termesALier(glossaire.filter((e) => !gardes.has(e.id) && !propres.has(e.id))));
  return glossaire.filter((e) => gardes.has(e.id) || propres.has(e.id) || employes.has(e.id));
}

/** The acronyms of uncertain meaning that the content uses. */
export function siglesIncertainsPublies(sigles: readonly SigleIncertain[], c: ContenuValide): SigleIncertain[] {
  const employes = termesEmployes(textesDu(c), sigles.map((s) => ({ id: s.sigle, formes: [s.sigle] })));
  return sigles.filter((s) => employes.has(s.sigle));
}
