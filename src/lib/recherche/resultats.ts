// From what Pagefind returns for a document to the row the search page shows: which of its parts really
// contain the words sought (never a shorter word Pagefind fell back on), and what to show of them.
import { compte as nombre } from '../format.ts';
import { a } from '../articles.ts';
import { codeDe, communeDuTitre, lireAncre, sansCode } from '../site/ancres.ts';
import { lireChamps } from './champs.ts';
import { TYPES } from './constantes.ts';
import { correspond, formesDuMot, motsTapes, sansAccents, termes as termesDe } from './texte.ts';

/** The part of a Pagefind fragment (`await result.data()`) that is used. */
export interface Fragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  sub_results?: { url: string; excerpt: string; anchor?: { id: string } }[];
}

export interface Lien {
  titre: string;
  url: string;
}

export interface EquipementTrouve extends Lien {
  domaine: string;
  adresse: string;
  precisions: string;
  quartiers: string;
}

export interface Ligne {
  type: string;
  titre: string;
  url: string;
  /** Grey line under the title. */
  details: string[];
  /** Pagefind's excerpt (HTML: text and <mark> only are kept when shown). */
  extrait?: string;
  /** Other parts of the document that contain the words: sections of a fiche. */
  autres: Lien[];
  /** Équipements of a commune's document that answer, when there are several. */
  equipements: EquipementTrouve[];
  /** The communes it belongs to: a fiche's or a programme's, the commune of a group's équipements. */
  communes?: string[];
  /** How many équipements the group has when they are not listed one by one. */
  nombre?: number;
  /** Every word of the query really occurs in it. */
  reponse: boolean;
  /** The query terms that really occur somewhere in the document. */
  trouves: string[];
  /** The document holds the query's words one after the other (see `tientLaSuite`). */
  enSuite?: boolean;
}

export interface Filtres {
  [cle: string]: string[] | undefined;
}

/** The words of Pagefind's content, cut as Pagefind cuts them (its locations count these). */
export const motsDuContenu = (contenu: string) => contenu.split(/[^\S\uFEFF]+/);

interface Partie {
  ancre?: Fragment['anchors'][number];
  debut: number;
  fin: number;
  /** Query terms that really occur in it. */
  termes: Set<string>;
  poids: number;
}

/** Cuts a document at its anchors and finds which query terms each part really contains. */
function parties(f: Fragment, termes: readonly string[]): { mots: string[]; preambule: Partie; liste: Partie[] } {
  const mots = motsDuContenu(f.content);
  const ancres = [...f.anchors].filter((a) => a.id).sort((a, b) => a.location - b.location);
  const debut = ancres[0]?.location ?? mots.length;
  const preambule: Partie = { debut: 0, fin: debut, termes: new Set(), poids: 0 };
  const liste = ancres.map((a, i): Partie => ({ ancre: a, debut: a.location, fin: ancres[i + 1]?.location ?? mots.length, termes: new Set(), poids: 0 }));
  for (const l of f.weighted_locations) {
    const formes = formesDuMot(mots[l.location] ?? '');
    const trouves = termes.filter((t) => formes.some((m) => correspond(t, m)));
    if (!trouves.length) continue;
    const p = liste.findLast((x) => x.debut <= l.location) ?? preambule;
    for (const t of trouves) p.termes.add(t);
    p.poids += l.balanced_score;
  }
  return { mots, preambule, liste };
}

const couvre = (ensembles: Set<string>[], termes: readonly string[]) => termes.every((t) => ensembles.some((e) => e.has(t)));

/** More of the query's words first, then more weight (Pagefind's score of the words found). */
const mieux = (a: Partie, b: Partie) => b.termes.size - a.termes.size || b.poids - a.poids;

function equipementDe(p: Partie, mots: readonly string[], domaine: string, urlPage: string): EquipementTrouve {
  const [, adresse = '', precisions = '', quartiers = ''] = lireChamps(mots.slice(p.debut, p.fin));
  return { titre: p.ancre!.text ?? '', url: `${urlPage}#${p.ancre!.id}`, domaine, adresse, precisions, quartiers };
}

/** At most this many équipements are listed when a row shows a whole domain of a commune rather than answers. */
export const MAX_LISTES = 10;

const trouvesDans = (preambule: Partie, liste: Partie[]) => [...new Set([...preambule.termes, ...liste.flatMap((p) => [...p.termes])])];

function ligneEquipements(f: Fragment, termes: readonly string[], filtres: Filtres): Ligne | undefined {
  const { mots, preambule, liste } = parties(f, termes);
  const urlPage = f.url.replace(/[?#].*$/, '');
  const commune = f.filters?.commune?.[0] ?? '';
  const domaine = f.filters?.domaine?.[0] ?? '';
  const titre = f.meta.title ?? `Équipements ${a(commune)}`;
  const quartiersVoulus = filtres.quartier?.map(codeDe);
  const garder = (e: EquipementTrouve) => !quartiersVoulus?.length || quartiersVoulus.some((c) => e.quartiers.includes(c));
  const blocs = liste.map((p) => ({ p, e: equipementDe(p, mots, domaine, urlPage) })).filter(({ e }) => garder(e));
  if (!blocs.length) return undefined;

  const base = { type: TYPES.equipement, autres: [], reponse: true, trouves: trouvesDans(preambule, liste), communes: [commune] };
  const groupe = (affiches: typeof blocs, total: number): Ligne => ({
    ...base,
    titre,
    url: f.url,
    details: ['Équipements', `${total} ${a(commune)}`],
    equipements: affiches.slice(0, MAX_LISTES).map(({ e }) => e),
    nombre: total,
  });
  // Équipements that hold some of the words themselves, the title (commune, domain) the others: the answers.
  const reponses = blocs.filter(({ p }) => p.termes.size > 0 && couvre([p.termes, preambule.termes], termes)).sort((a, b) => mieux(a.p, b.p));
  if (reponses.length === 1) {
    const { e } = reponses[0]!;
    return { ...base, titre: e.titre, url: e.url, details: detailsEquipement(e, commune), equipements: [] };
  }
  if (reponses.length > 1) return { ...base, titre, url: f.url, details: ['Équipements', `${reponses.length} ${a(commune)}`], equipements: reponses.map(({ e }) => e) };
  // The title alone holds every word: the commune's name (« Douai ») gives the group as a whole; with its domain
  // (« santé Harnes »), or with filters only, its équipements are listed.
  if (couvre([preambule.termes], termes)) {
    const parLaCommune = (t: string) => motsTapesDe(commune).some((m) => correspond(t, m));
    return groupe(termes.length && termes.every(parLaCommune) ? [] : blocs, blocs.length);
  }
  return undefined;
}

/** The words of a name, normalised: « Flers-en-Escrebieux » → flers, en, escrebieux. */
const motsTapesDe = (nom: string) => nom.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(sansAccents);

/** The terms that are not words of these communes' names (« cité bellevue harnes », Harnes → cite, bellevue). */
const horsNomsDe = (termes: readonly string[], communes: readonly string[]) => {
  const mots = communes.flatMap(motsTapesDe);
  return termes.filter((t) => !mots.some((m) => correspond(t, m)));
};

export function detailsEquipement(e: EquipementTrouve, commune: string): string[] {
  return [
    TYPES.equipement,
    e.domaine,
    [e.adresse, commune].filter(Boolean).join(', '),
    e.precisions,
    e.quartiers && `Quartiers : ${e.quartiers}`,
  ].filter(Boolean);
}

/** The table a part of a fiche is in. */
const tableauDe = (p: Partie, liste: Partie[]) => liste.findLast((x) => x.debut <= p.debut && lireAncre.tableau(x.ancre!.id));

/** The commune, among the fiche's `communes`, of the diagnostic table a part is in, when the table is one commune's (« Tableau de la commune de Douai »). */
function communeDuTableau(p: Partie, liste: Partie[], communes: readonly string[]): string | undefined {
  if (!lireAncre.dansUnTableau(p.ancre!.id)) return undefined;
  return communeDuTitre(tableauDe(p, liste)?.ancre?.text ?? '', communes);
}

/** The title of a part of a fiche: « Grande Résidence : Cohésion sociale (Vendin-le-Vieil) ». */
function titrePartie(p: Partie, liste: Partie[], nom: string, communes: readonly string[]): string {
  const a = p.ancre!;
  if (a.title) return a.title;
  // A row of a badly read table has no pillar: it is named after its table (« …, ligne 3 »).
  if (lireAncre.ligne(a.id)) {
    const tableau = tableauDe(p, liste);
    return `${nom} : ${tableau?.ancre?.text ?? 'diagnostic'}, ${(a.text ?? '').toLowerCase()}`;
  }
  const commune = communeDuTableau(p, liste, communes);
  return `${nom} : ${a.text ?? ''}${commune ? ` (${commune})` : ''}`;
}

/** Whether a part of a fiche belongs to a diagnostic table of another commune than those the filter keeps. */
function horsCommunes(p: Partie, liste: Partie[], communesFiche: readonly string[], communes: readonly string[] | undefined): boolean {
  const commune = communes?.length ? communeDuTableau(p, liste, communesFiche) : undefined;
  return commune !== undefined && !communes!.includes(commune);
}

function lignePage(f: Fragment, termes: readonly string[], filtres: Filtres): Ligne {
  const type = f.filters?.type?.[0] ?? TYPES.page;
  const titre = f.meta.title ?? f.url;
  const { preambule, liste } = parties(f, termes);
  const trouves = trouvesDans(preambule, liste);
  const nom = sansCode(titre);
  const communesFiche = f.filters?.commune ?? [];
  const sousExtrait = (p: Partie) => f.sub_results?.find((s) => s.anchor?.id === p.ancre!.id)?.excerpt;
  const avecMots = liste.filter((p) => p.termes.size > 0 && !horsCommunes(p, liste, communesFiche, filtres.commune)).sort(mieux);
  const lien = (p: Partie): Lien => ({ titre: titrePartie(p, liste, nom, communesFiche), url: `${f.url.replace(/#.*$/, '')}#${p.ancre!.id}` });
  const details = [type, ...(type === TYPES.quartier || type === TYPES.programme ? [(f.filters?.commune ?? []).join(', ')] : [])].filter(Boolean);
  const reponse = couvre([preambule.termes, ...avecMots.map((p) => p.termes)], termes);
  // A section of a fiche is the answer when it holds the words its page's heading lacks (« insécurité »,
  // « Grande Résidence insécurité »); the fiche itself when its name holds them all, its commune's name aside
  // (« Cité Bellevue Harnes »).
  const duNom = horsNomsDe(termes, f.filters?.commune ?? []);
  const nomCouvert = couvre([preambule.termes], duNom.length ? duNom : termes);
  const section = type === TYPES.quartier && !nomCouvert ? avecMots.find((p) => couvre([p.termes, preambule.termes], termes)) ?? (preambule.termes.size ? undefined : avecMots[0]) : undefined;
  if (section) {
    return {
      type: TYPES.section,
      ...lien(section),
      details: [TYPES.section, `Quartier : ${titre}`],
      extrait: sousExtrait(section) ?? f.excerpt,
      autres: avecMots.filter((p) => p !== section).slice(0, 3).map(lien),
      equipements: [],
      reponse,
      trouves,
    };
  }
  // Otherwise the page, and below it the parts that hold the words its heading lacks (none when its name
  // holds them all: every part repeats it).
  const complements = nomCouvert ? [] : avecMots.filter((p) => [...p.termes].some((t) => !preambule.termes.has(t)));
  const communes = f.filters?.commune;
  return { type, titre, url: f.url, details, extrait: f.excerpt, autres: complements.slice(0, 3).map(lien), equipements: [], reponse, trouves, ...(communes ? { communes } : {}) };
}

/** The row for one Pagefind result; nothing for a commune's équipements when none of those the filters leave holds the words. */
export function ligne(f: Fragment, termes: readonly string[], filtres: Filtres = {}): Ligne | undefined {
  // A search document's address is its file's path in the index, where Pagefind writes « # » as « %23 ».
  f = { ...f, url: f.url.replace('%23', '#') };
  return f.filters?.type?.includes(TYPES.equipement) ? ligneEquipements(f, termes, filtres) : lignePage(f, termes, filtres);
}

/** The name a row stands for, for comparison with the query: « Cité 10 (QP062032) » → « cite 10 ». */
export function nomCompare(l: Pick<Ligne, 'titre'>): string {
  return normalise(sansCode(l.titre));
}

/** Lower case, no accents, words separated by one space: how names and queries are compared. */
const normalise = (texte: string) => sansAccents(texte).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The one notion of an exact match, for ranking (`classer`) and for giving an équipement its own row
 * (`detacherExacts`): a name typed as it is written, accents, capitals and punctuation aside (« cité 10 », not
 * « Languedoc - Cité 10 »), or a fiche's code (« qp062025 »).
 */
export function nommeExactement(titre: string, requete: string): boolean {
  const voulu = normalise(requete);
  return nomCompare({ titre }) === voulu || sansAccents(titre).includes(`(${voulu})`);
}

/**
 * Whether one name the row shows holds every word sought: its title, or the name of one of its équipements
 * (« Centre de Santé : Christian WERMERS » for « centre de santé », where Pagefind, which scores a commune's
 * équipements as one document, sees « centre » in one name and « santé » in its neighbour's as well).
 */
export function nommeTout(l: Pick<Ligne, 'titre'> & Partial<Pick<Ligne, 'equipements'>>, termes: readonly string[]): boolean {
  const tient = (nom: string) => {
    const mots = motsTapes(nom).flatMap(formesDuMot);
    return termes.every((t) => mots.some((m) => correspond(t, m)));
  };
  return termes.length > 1 && [l.titre, ...(l.equipements ?? []).map((e) => e.titre)].some(tient);
}

/** A row as `classer` sees it. */
type Classable = Pick<Ligne, 'titre'> & Partial<Pick<Ligne, 'equipements' | 'type' | 'communes' | 'enSuite'>>;

/**
 * Whether the row is a fiche whose name and commune together make the query (« cité bellevue harnes »): its name
 * holds every word but those of its commune, and at least one word is its commune's.
 */
function quartierEtCommune(l: Classable, termes: readonly string[]): boolean {
  if (l.type !== TYPES.quartier || termes.length < 2) return false;
  const nom = motsTapes(sansCode(l.titre)).flatMap(formesDuMot);
  const duNom = horsNomsDe(termes, l.communes ?? []);
  return duNom.length > 0 && duNom.length < termes.length && duNom.every((t) => nom.some((m) => correspond(t, m)));
}

/** The query as a sequence of words to look for (see `tientLaSuite`): « Maisons & Cités » → « maisons cites ». */
export const suiteVoulue = (requete: string) => sansAccents(motsTapes(requete).join(' '));

/** Whether a text (a name, a fragment's content) holds the words of `suite` (see `suiteVoulue`) one after the other. */
export const tientLaSuite = (texte: string, suite: string) => ` ${suiteVoulue(texte)} `.includes(` ${suite} `);

/**
 * Pagefind ranks by words, not by their order. Among the rows shown: a name typed exactly (« cité 10 », not
 * « Languedoc - Cité 10 »; « terrains foot », one of the équipements a row lists) or a code (« qp062025 ») first;
 * then a fiche named with its commune (« cité bellevue harnes »), and that commune's page; then a name holding the
 * words one after the other (« Maisons et Cités » in an équipement's name), then a text holding them so (`enSuite`: the
 * landlord named in a fiche, before « Maison des 3 Cités »), then a name holding every word in any order. Otherwise
 * Pagefind's order is kept. In a row, the équipement named exactly is listed first.
 */
export function classer<T extends Classable>(lignes: readonly T[], requete: string): T[] {
  const suite = suiteVoulue(requete);
  const termes = termesDe(requete);
  const exact = (titre: string) => nommeExactement(titre, requete);
  const plusieurs = motsTapes(requete).length > 1;
  const quartiers = lignes.filter((l) => quartierEtCommune(l, termes));
  const communeDuQuartier = (l: T) => l.type === TYPES.commune && quartiers.some((q) => q.communes?.includes(l.titre));
  const rang = (l: T) => {
    const noms = [l.titre, ...(l.equipements ?? []).map((e) => e.titre)];
    if (noms.some(exact)) return 0;
    if (quartiers.includes(l)) return 1;
    if (communeDuQuartier(l)) return 2;
    if (plusieurs && noms.some((n) => tientLaSuite(sansCode(n), suite))) return 3;
    if (plusieurs && l.enSuite) return 4;
    return nommeTout(l, termes) ? 5 : 6;
  };
  const exactsDabord = (l: T): T =>
    l.equipements?.some((e) => exact(e.titre)) ? { ...l, equipements: [...l.equipements.filter((e) => exact(e.titre)), ...l.equipements.filter((e) => !exact(e.titre))] } : l;
  return lignes.map((l, i) => ({ l, i, r: rang(l) })).sort((a, b) => a.r - b.r || a.i - b.i).map(({ l }) => exactsDabord(l));
}


/**
 * A group row whose list holds an équipement named exactly as typed (« maison des habitants » among a commune's
 * answers) gives that équipement its own row, first, then the group's other équipements: the name sought is then
 * a title of the list, not a line inside a group.
 */
export function detacherExacts(lignes: readonly Ligne[], requete: string): Ligne[] {
  return lignes.flatMap((l) => {
    const exacts = l.equipements.filter((e) => nommeExactement(e.titre, requete));
    if (l.equipements.length < 2 || exacts.length !== 1) return [l];
    const e = exacts[0]!;
    const commune = l.communes?.[0] ?? '';
    const seul: Ligne = { ...l, titre: e.titre, url: e.url, details: detailsEquipement(e, commune), equipements: [] };
    const autres = l.equipements.filter((x) => x !== e);
    return [seul, { ...l, details: ['Équipements', `${nombre(autres.length, 'autre')} ${a(commune)}`], equipements: autres, ...(l.nombre ? { nombre: l.nombre - 1 } : {}) }];
  });
}

/**
 * How many results to load for the first screen: `premiers`, and, when several words are sought, the next ones
 * that Pagefind scores within a tenth of the last of them, up to `max`: it cannot tell which of those near-equal
 * documents holds the words in one name, and `classer` can only put first what was loaded.
 */
export function aCharger(scores: readonly number[], nombreTermes: number, premiers: number, max: number): number {
  let n = Math.min(premiers, scores.length);
  if (nombreTermes < 2 || n < premiers) return n;
  const seuil = scores[n - 1]! * 0.9;
  while (n < Math.min(max, scores.length) && scores[n]! >= seuil) n++;
  return n;
}

/**
 * What the count counts: the results (pages, sections, groups), then, of those, the groups and the équipements they
 * gather, since one row can list 24 écoles: « 12 résultats pour « école », dont 3 groupes qui réunissent 24
 * équipements »; « 3 groupes pour « collège », qui réunissent 9 équipements » when every result is a group.
 * `pour` follows the first count.
 */
export function compte(total: number, lignes: readonly Pick<Ligne, 'equipements' | 'nombre'>[], pour = ''): string {
  const groupes = lignes.filter((l) => l.equipements.length > 1 || (l.nombre ?? 0) > 1);
  const dedans = groupes.reduce((n, l) => n + Math.max(l.equipements.length, l.nombre ?? 0), 0);
  if (!groupes.length) return `${nombre(total, 'résultat')}${pour}`;
  const reunissent = `${groupes.length > 1 ? 'qui réunissent' : 'qui réunit'} ${nombre(dedans, 'équipement')}`;
  return total === groupes.length ? `${nombre(total, 'groupe')}${pour}, ${reunissent}` : `${nombre(total, 'résultat')}${pour}, dont ${nombre(groupes.length, 'groupe')} ${reunissent}`;
}
