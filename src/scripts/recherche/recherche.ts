// The search page: the state in the URL, one search at a time (the latest wins), rows drawn all at once.
import { ecrireEtat, filtresPagefind, lireEtat, nombreFiltres, type CleFiltre, type EtatRecherche } from '../../lib/recherche/etat.ts';
import { aCharger, classer, compte, detacherExacts, ligne, suiteVoulue, tientLaSuite, type Ligne } from '../../lib/recherche/resultats.ts';
import { motsTapes, requetesPagefind, sansUnNom, termes as termesDe } from '../../lib/recherche/texte.ts';
import { chargerFiltres, chercherTout, pagefind, type Comptes, type Reponse, type Resultat } from './pagefind.ts';
import { lireJson, uneFois } from './charger.ts';
import { dessinerLigne, dessinerPuces } from './rendu.ts';
import type { Repli } from './suggestions.ts';
import type { CommuneNommee } from './explication.ts';

// Loaded only when a query finds nothing: the first search does not download them.
const suggestions = () => import('./suggestions.ts');
const explication = () => import('./explication.ts');

/** Rows loaded for the first screen (up to MAX_PREMIERS when the next ones score nearly as well), then for each « Afficher plus »: each row costs one small download. */
const PREMIERS = 5;
const MAX_PREMIERS = 10;
const SUITE = 10;
/** Rows of the first screen holding the query's words one after the other, below which a phrase search looks for more. */
const EN_SUITE_ASSEZ = 3;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const formulaire = $<HTMLFormElement>('recherche');
const champ = $<HTMLInputElement>('q');
const panneau = $<HTMLDivElement>('filtres');
const boutonFiltres = $<HTMLButtonElement>('ouvrir-filtres');
const nombreActifs = $<HTMLSpanElement>('nombre-filtres');
const puces = $<HTMLUListElement>('puces');
// The status line says the count, or « Aucun résultat » and, after it, the suggestion with its link: both are announced.
const etat = $<HTMLSpanElement>('etat-texte');
const suggestion = $<HTMLSpanElement>('suggestion');
const liste = $<HTMLOListElement>('resultats');
const plus = $<HTMLButtonElement>('plus');
const approchants = $<HTMLElement>('approchants');
const explications = $<HTMLElement>('explication');
const ailleurs = $<HTMLParagraphElement>('ailleurs');
const base = formulaire.dataset['base'] ?? '/';
const carteLigatures = JSON.parse(formulaire.dataset['ligatures'] ?? '{}') as Record<string, string>;
const requetes = (q: string) => requetesPagefind(q, carteLigatures);
const chargerCommunes = uneFois(() => lireJson<string[]>(`${base}recherche/communes.json`));

/** The search being shown; a newer one replaces it, and whatever an older one was still loading is dropped. */
let tour = 0;
let courant: { tour: number; etat: EtatRecherche; termes: string[]; resultats: Resultat[]; suivant: number; ecartes: number; lignes: Ligne[]; repli?: Repli } | undefined;

/** The active filters: from the URL, then each box ticked or chip removed (the long lists are drawn only when the panel opens). */
let filtres: EtatRecherche['filtres'] = {};

function etatDuFormulaire(): EtatRecherche {
  return { q: champ.value.trim(), filtres: structuredClone(filtres) };
}

function basculer(cle: CleFiltre, valeur: string, actif: boolean): void {
  const valeurs = (filtres[cle] ?? []).filter((v) => v !== valeur);
  if (actif) valeurs.push(valeur);
  if (valeurs.length) filtres[cle] = valeurs;
  else delete filtres[cle];
}

/** Draws the communes' and quartiers' boxes, from the list made at build time. */
const chargerListes = uneFois(async () => {
  const listes = await lireJson<Record<string, string[]>>(`${base}recherche/filtres.json`);
  for (const groupe of panneau.querySelectorAll<HTMLFieldSetElement>('fieldset[data-differe]')) {
    const cle = groupe.dataset['filtre']!;
    groupe.append(
      ...(listes[cle] ?? []).map((v) => {
        const etiquette = document.createElement('label');
        const boite = Object.assign(document.createElement('input'), { type: 'checkbox', name: cle, value: v });
        etiquette.append(boite, ` ${v}`);
        return etiquette;
      }),
    );
  }
});

function montrerEtat(e: EtatRecherche): void {
  for (const c of panneau.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) c.checked = (e.filtres[c.name as CleFiltre] ?? []).includes(c.value);
  dessinerPuces(puces, e);
  const n = nombreFiltres(e);
  nombreActifs.textContent = n ? ` (${n} actif${n > 1 ? 's' : ''})` : '';
}

/** Options with no result for the current search are hidden (ticked ones stay, to be unticked). */
function montrerComptes(comptes: Comptes | undefined): void {
  for (const groupe of panneau.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filtre]')) {
    const cle = groupe.dataset['filtre']!;
    let visibles = 0;
    for (const etiquette of groupe.querySelectorAll('label')) {
      const c = etiquette.querySelector('input')!;
      const garde = !comptes || c.checked || (comptes[cle]?.[c.value] ?? 0) > 0;
      etiquette.hidden = !garde;
      if (garde) visibles++;
    }
    groupe.hidden = visibles === 0;
  }
}

async function lignes(resultats: Resultat[], e: EtatRecherche, termes: string[], suite = ''): Promise<(Ligne | undefined)[]> {
  return Promise.all(
    resultats.map(async (r) => {
      const f = await r.data();
      const l = ligne(f, termes, e.filtres);
      return l && suite.includes(' ') && tientLaSuite(f.content, suite) ? { ...l, enSuite: true } : l;
    }),
  );
}

function vider(texte: string): void {
  courant = undefined;
  liste.replaceChildren();
  liste.hidden = true;
  explications.hidden = true;
  plus.hidden = true;
  suggestion.replaceChildren();
  approchants.hidden = true;
  ailleurs.hidden = true;
  etat.textContent = texte;
}

/** A search for `q` as the page draws it: the rows of the first screen, ranked, and the terms none of them holds. */
interface Trouve {
  reponse: Reponse;
  termes: string[];
  /** Results loaded for the first screen. */
  nombre: number;
  charges: number;
  gardees: Ligne[];
  manquants: string[];
}

/** The query without the name of a commune it holds beside other words (« camus angres » → « camus »), or undefined. */
async function sansCommune(q: string): Promise<string | undefined> {
  if (termesDe(q).length < 2) return undefined;
  return sansUnNom(q, await chargerCommunes().catch((err: unknown) => (console.error(err), [] as string[])));
}

async function trouver(e: EtatRecherche, q: string): Promise<Trouve> {
  const api = await pagefind(base);
  const termes = termesDe(q);
  const options = { filters: filtresPagefind(e) };
  const aussi = (x: string | undefined) => (x ? chercherTout(api, requetes(x), options) : undefined);
  // Pagefind weighs no word order, and a commune's name weighs as much as a quartier's: with a commune's name beside
  // other words, the other words alone say which documents to load too (the quartier named with its commune). Same
  // words, so nothing more to download.
  const [reponse, sansLaCommune] = await Promise.all([chercherTout(api, q ? requetes(q) : [null], options), sansCommune(q).then(aussi)]);
  const nombre = aCharger(reponse.results.map((r) => r.score), termes.length, PREMIERS, MAX_PREMIERS);
  const suite = suiteVoulue(q);
  let charges = charger(reponse, nombre, sansLaCommune?.results.slice(0, 3) ?? []);
  let premieres = await lignes(charges, e, termes, suite);
  // Several words, few of the rows holding them one after the other (a landlord's name made of everyday words,
  // scattered over équipements): the same words as a phrase say which documents do. Searched only then, as its
  // articles (« et ») cost their index.
  if (suite.includes(' ') && !/^".*"$/.test(q.trim()) && premieres.filter((l) => l?.enSuite).length < EN_SUITE_ASSEZ) {
    const enPhrase = await aussi(`"${motsTapes(q).join(' ')}"`);
    const ajouts = charger(reponse, charges.length, enPhrase?.results.slice(0, PREMIERS) ?? []).slice(charges.length);
    premieres = [...premieres, ...(await lignes(ajouts, e, termes, suite))];
    charges = [...charges, ...ajouts];
  }
  const gardees = classer(
    detacherExacts(
      premieres.filter((l): l is Ligne => Boolean(l)),
      q,
    ),
    q,
  );
  const trouves = new Set(gardees.flatMap((l) => l.trouves));
  return { reponse, termes, nombre: charges.length, charges: premieres.length, gardees, manquants: termes.filter((t) => !trouves.has(t)) };
}

/**
 * The results to load for the first screen: the first `nombre`, then those of `ajouts` that are among the results and
 * not yet loaded. The latter are moved up in `reponse.results`, so that « Afficher plus » continues after them.
 */
function charger(reponse: Reponse, nombre: number, ajouts: readonly Resultat[]): Resultat[] {
  const premiers = new Set(reponse.results.slice(0, nombre).map((r) => r.id));
  const ids = new Set(reponse.results.map((r) => r.id));
  const enPlus = new Set(ajouts.filter((r) => ids.has(r.id) && !premiers.has(r.id)).map((r) => r.id));
  reponse.results = [...reponse.results.slice(0, nombre), ...reponse.results.filter((r) => enPlus.has(r.id)), ...reponse.results.slice(nombre).filter((r) => !enPlus.has(r.id))];
  return reponse.results.slice(0, nombre + enPlus.size);
}

const repondA = (t: Trouve) => t.gardees.length > 0 && t.manquants.length === 0;

/** The first of the other ways of reading the query, its `introuvables` words read otherwise, that answers (see `replis`), with its search. */
async function replier(e: EtatRecherche, introuvables: string[]): Promise<{ repli: Repli; trouve: Trouve } | undefined> {
  if (!introuvables.length) return undefined;
  const { replis } = await suggestions();
  for (const repli of await replis(base, e.q, introuvables)) {
    const trouve = await trouver(e, repli.q);
    if (repondA(trouve)) return { repli, trouve };
  }
  return undefined;
}

async function chercher(e: EtatRecherche): Promise<void> {
  const numero = ++tour;
  filtres = structuredClone(e.filtres);
  history.replaceState(null, '', `${location.pathname}${ecrireEtat(e)}`);
  montrerEtat(e);
  if (!e.q && !nombreFiltres(e)) {
    vider('Écrivez un mot ou cochez un filtre.');
    return;
  }
  liste.setAttribute('aria-busy', 'true');
  etat.textContent = 'Recherche en cours…';
  try {
    let t = await trouver(e, e.q);
    if (numero !== tour) return;
    // A word found nowhere may be a commune outside the territory: it is then not corrected, and the page says where it is.
    const hors = e.q && !repondA(t) && t.manquants.length ? await communesHorsDe(e.q, t.manquants) : [];
    if (numero !== tour) return;
    // The words to read otherwise: those not found, or all of them, but a commune's outside the territory (« carvin » is not a misspelt « carin »).
    const couverts = new Set(hors.flatMap((h) => h.termes));
    const aCorriger = (t.manquants.length ? t.manquants : t.termes).filter((m) => !couverts.has(m));
    // No row holds every word: the query read another way (corrected, words joined or split, no street type), if that answers.
    const autre = e.q && !e.exact && !repondA(t) ? await replier(e, aCorriger).catch((err: unknown) => (console.error(err), undefined)) : undefined;
    if (numero !== tour) return;
    if (autre) t = autre.trouve;
    if (!panneau.hidden) montrerComptes(t.reponse.filters);
    courant = { tour: numero, etat: e, termes: t.termes, resultats: t.reponse.results, suivant: t.nombre, ecartes: t.charges - t.gardees.length, lignes: [...t.gardees], ...(autre ? { repli: autre.repli } : {}) };
    const pour = e.q ? ` pour « ${e.q} »` : '';
    suggestion.replaceChildren();
    if (!repondA(t)) {
      // Nothing holds every word: say so, then what each word finds and what is missing, or else what Pagefind found
      // only as approximate; and where else to look. The empty list takes no room.
      liste.replaceChildren();
      liste.hidden = true;
      plus.hidden = true;
      explications.hidden = true;
      approchants.hidden = true;
      etat.textContent = `Aucun résultat${pour}.${nombreFiltres(e) ? ' Essayez un autre mot ou retirez des filtres.' : ''}`;
      ailleurs.hidden = false;
      if (e.q && aCorriger.length) void suggerer(numero, e, aCorriger);
      const parMot = e.q ? await expliquerVide(numero, e, hors) : false;
      if (numero !== tour) return;
      if (!parMot && !hors.length) montrerApprochants(t.gardees, t.manquants.length ? t.manquants : t.termes, e.q);
    } else {
      approchants.hidden = true;
      ailleurs.hidden = true;
      explications.hidden = true;
      liste.hidden = false;
      liste.replaceChildren(...t.gardees.map(dessinerLigne));
      annoncer(e);
    }
  } catch (err) {
    if (numero !== tour) return;
    vider("La recherche n'a pas pu se charger. Parcourez l'index des équipements ou la liste des quartiers.");
    console.error(err);
  } finally {
    if (numero === tour) liste.removeAttribute('aria-busy');
  }
}

function annoncer(e: EtatRecherche): void {
  if (!courant) return;
  const n = courant.resultats.length - courant.ecartes;
  const { repli } = courant;
  if (repli) {
    // Read another way: said first, with the way back to the query as typed.
    etat.textContent = `Résultats pour « ${repli.q} »${repli.raison ? `, ${repli.raison}` : ''} : ${compte(n, courant.lignes)}.`;
    const exact = lienRequete({ ...e, exact: true }, e.q);
    exact.textContent = `Rechercher exactement « ${e.q} »`;
    suggestion.replaceChildren(' ', exact);
  } else etat.textContent = `${compte(n, courant.lignes, e.q ? ` pour « ${e.q} »` : '')}.`;
  plus.hidden = courant.suivant >= courant.resultats.length;
}

function montrerApprochants(lignesApprochees: Ligne[], manquants: string[], q: string): void {
  approchants.hidden = !lignesApprochees.length;
  if (!lignesApprochees.length) return;
  const mots = manquants.map((t) => `« ${t} »`).join(', ');
  approchants.querySelector('p')!.textContent = q
    ? `Ces pages contiennent des mots proches, mais pas ${mots} : elles ne répondent pas à la recherche.`
    : 'Ces pages ne répondent pas à tous les filtres.';
  approchants.querySelector('ol')!.replaceChildren(...lignesApprochees.map(dessinerLigne));
}

/** The communes outside the territory that the missing words name (none when their files cannot be read). */
async function communesHorsDe(q: string, manquants: readonly string[]): Promise<CommuneNommee[]> {
  return (await explication()).communesHors(base, q, manquants).catch((err: unknown) => (console.error(err), []));
}

/** The rows a search for `q` shows when it answers, for the explanation of an empty result. */
async function rangees(e: EtatRecherche, q: string): Promise<Ligne[]> {
  const t = await trouver(e, q);
  return repondA(t) ? t.gardees : [];
}

/** Draws the explanation of an empty result; whether it shows what each word finds. */
async function expliquerVide(numero: number, e: EtatRecherche, hors: readonly CommuneNommee[]): Promise<boolean> {
  try {
    const { expliquer } = await explication();
    return await expliquer(explications, e, hors, { chercher: rangees, communesDuSite: chargerCommunes, lienRequete, base, courante: () => numero === tour });
  } catch (err) {
    console.error(err);
    return false;
  }
}

/** A link that runs the search for `q` with the same filters. */
function lienRequete(e: EtatRecherche, q: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = `${location.pathname}${ecrireEtat({ ...e, q })}`;
  a.textContent = q;
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    champ.value = q;
    void chercher({ ...e, q });
    champ.focus();
  });
  return a;
}

/** Whether a search for `q` has a first result that holds all its words (its fragment is checked, as for the list). */
async function repond(e: EtatRecherche, q: string): Promise<boolean> {
  // The first result only: cheaper than `trouver`, and enough to tell that following the link leads somewhere.
  const api = await pagefind(base);
  const premier = (await chercherTout(api, requetes(q), { filters: filtresPagefind(e) })).results[0];
  return Boolean(premier && ligne(await premier.data(), termesDe(q), e.filtres)?.reponse);
}

/**
 * After « Aucun résultat »: the query with its unknown words corrected (« Vouliez-vous dire … ? »), or else the
 * queries with one word less that do find something (« Avec moins de mots : … »). Proposed only if following
 * them leads somewhere.
 */
async function suggerer(numero: number, e: EtatRecherche, manquants: string[]): Promise<void> {
  try {
    const { proposer, sansUnMot } = await suggestions();
    const corrige = await proposer(base, e.q, manquants).catch((err: unknown) => (console.error(err), undefined));
    if (numero !== tour) return;
    if (corrige && (await repond(e, corrige))) {
      if (numero === tour) suggestion.replaceChildren(' Vouliez-vous dire «\u00a0', lienRequete(e, corrige), '\u00a0»\u00a0?');
      return;
    }
    // Two words: the explanation already shows what each finds alone.
    if (termesDe(e.q).length <= 2) return;
    const variantes = sansUnMot(e.q);
    const reponses = await Promise.all(variantes.map((q) => repond(e, q)));
    const utiles = variantes.filter((_, i) => reponses[i]);
    if (numero !== tour || !utiles.length) return;
    suggestion.replaceChildren(' Avec moins de mots : ', ...utiles.slice(0, 3).flatMap((q, i) => [...(i ? [', '] : []), '«\u00a0', lienRequete(e, q), '\u00a0»']), '.');
  } catch (err) {
    console.error(err);
  }
}

async function afficherPlus(): Promise<void> {
  const c = courant;
  if (!c) return;
  const tranche = c.resultats.slice(c.suivant, c.suivant + SUITE);
  c.suivant += SUITE;
  plus.disabled = true;
  try {
    const nouvelles = await lignes(tranche, c.etat, c.termes);
    if (c !== courant || c.tour !== tour) return;
    const gardees = nouvelles.filter((l): l is Ligne => Boolean(l));
    c.ecartes += nouvelles.length - gardees.length;
    const premiere = liste.children.length;
    c.lignes.push(...gardees);
    liste.append(...gardees.map(dessinerLigne));
    annoncer(c.etat);
    liste.children[premiere]?.querySelector('a')?.focus();
  } finally {
    plus.disabled = false;
  }
}

async function ouvrirFiltres(ouvrir: boolean): Promise<void> {
  panneau.hidden = !ouvrir;
  boutonFiltres.setAttribute('aria-expanded', String(ouvrir));
  if (!ouvrir) return;
  // The long lists and the counts (Pagefind's filter files) are fetched now, not for every visitor.
  const api = await pagefind(base);
  const [tous] = await Promise.all([chargerFiltres(api), chargerListes()]);
  montrerEtat(etatDuFormulaire());
  if (courant) void chercher(courant.etat);
  else montrerComptes(tous);
}

formulaire.addEventListener('submit', (ev) => {
  ev.preventDefault();
  // On a touch screen the keyboard would hide the results: the field lets go of the focus, which closes it.
  if (matchMedia('(pointer: coarse)').matches) champ.blur();
  void chercher(etatDuFormulaire());
});
panneau.addEventListener('change', (ev) => {
  const boite = ev.target as HTMLInputElement;
  basculer(boite.name as CleFiltre, boite.value, boite.checked);
  void chercher(etatDuFormulaire());
});
boutonFiltres.addEventListener('click', () => void ouvrirFiltres(boutonFiltres.getAttribute('aria-expanded') !== 'true'));
puces.addEventListener('click', (ev) => {
  const b = (ev.target as HTMLElement).closest<HTMLButtonElement>('button[data-cle]');
  if (!b) return;
  basculer(b.dataset['cle'] as CleFiltre, b.dataset['valeur']!, false);
  void chercher(etatDuFormulaire()).then(() => (puces.querySelector('button') ?? boutonFiltres).focus());
});
plus.addEventListener('click', () => void afficherPlus());

// Start: the URL's search, unless the visitor has already typed something while the page was loading.
const depuisUrl = lireEtat(location.search);
if (champ.value.trim() && champ.value.trim() !== depuisUrl.q) depuisUrl.q = champ.value.trim();
else champ.value = depuisUrl.q;
boutonFiltres.hidden = false;
void chercher(depuisUrl);
