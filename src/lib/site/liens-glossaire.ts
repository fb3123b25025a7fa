// Links the first use of each glossary term in a built page's <main> to its entry on the glossary page.
// Done over the whole of <main> once rendered (src/layouts/Base.astro renders its content first), before Pagefind indexes
// it, rather than in components: the terms sit in text the components render from data (diagnostic, équipements,
// programmes) and in MDX pages, and « first on the page » is a property of the whole page, which no component sees. The
// HTML is only spliced (a link around a word), never re-serialised, so the rest of its bytes, and the words Pagefind
// indexes, stay the same.
import { echapperHtml } from '../html.ts';
import type { Entree } from '../glossaire.ts';

/** A glossary entry and the words of the text that it explains. */
export interface TermeALier {
  id: string;
  formes: readonly string[];
}

/**
 * The words each entry explains: its acronyms when it lists them (« Kit CGET » explains CGET, « CDD, CDI » both),
 * otherwise its term as written (« CCAS », « Contrat de ville »).
 */
export function termesALier(glossaire: readonly Entree[]): TermeALier[] {
  let termes = TERMES.get(glossaire);
  if (!termes) TERMES.set(glossaire, (termes = glossaire.map((e) => ({ id: e.id, formes: e.sigles ?? [e.terme] }))));
  return termes;
}

// The same list for the same glossary: every page of a build links with it, and its search index is built once (INDEX).
const TERMES = new WeakMap<readonly Entree[], TermeALier[]>();

/**
 * Elements whose text is never linked: headings, interactive content (no link in a link or a control), code, drawings,
 * and quotations, given as they are to be copied (the attribution line of the Données page).
 */
const SANS_LIEN = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'a', 'button', 'summary', 'label', 'select', 'option', 'textarea', 'abbr', 'code', 'pre',
  'kbd', 'samp', 'svg', 'math', 'template', 'noscript', 'iframe', 'object', 'canvas', 'audio', 'video',
]);
/** Elements whose content is raw text, not markup. */
const TEXTE_BRUT = new Set(['script', 'style', 'textarea', 'title']);
const VIDES = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Ouvert {
  nom: string;
  /** Its text may not be linked (see SANS_LIEN), nor that of a hidden element: a link there would be focusable yet unseen. */
  bloque: boolean;
}

interface Lecture {
  /** Start and end of each text run that may be linked, in document order: [start, end, start, end…]. */
  textes: number[];
  /** href of every link already there (the page's own « Terme » links). */
  liens: string[];
}

const RACINE: Ouvert = { nom: '', bloque: false };

/**
 * Reads HTML as the tokenizer would for what Astro writes: comments, doctype, start tags with quoted or bare
 * attributes (a quoted « > » included), end tags, raw text of script and style, and text. Implied end tags are not
 * inferred: an end tag closes up to its own start tag. Character codes and anchored patterns, no copy of the text: it
 * reads every byte of every page.
 */
function lire(html: string): Lecture {
  const textes: number[] = [];
  const liens: string[] = [];
  const pile: Ouvert[] = [];
  let sommet = RACINE;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const finTexte = lt === -1 ? html.length : lt;
    if (finTexte > i) {
      if (!sommet.bloque) textes.push(i, finTexte);
      i = finTexte;
      continue;
    }
    const suivant = html.charCodeAt(i + 1);
    if (suivant === EXCLAMATION && html.startsWith('<!--', i)) {
      const fin = html.indexOf('-->', i + 4);
      i = fin === -1 ? html.length : fin + 3;
    } else if (suivant === EXCLAMATION || suivant === INTERROGATION) {
      const fin = html.indexOf('>', i);
      i = fin === -1 ? html.length : fin + 1;
    } else if (suivant === BARRE && lettreAscii(html.charCodeAt(i + 2))) {
      const fin = html.indexOf('>', i);
      const nom = html.slice(i + 2, finDuNom(html, i + 2)).toLowerCase();
      let ouvert = pile.length - 1;
      while (ouvert >= 0 && pile[ouvert]!.nom !== nom) ouvert--;
      if (ouvert !== -1) {
        pile.length = ouvert;
        sommet = pile.at(-1) ?? RACINE;
      }
      i = fin === -1 ? html.length : fin + 1;
    } else if (lettreAscii(suivant)) {
      const { nom, href, cache, fin, autoFermante } = baliseSimple(html, i) ?? baliseOuvrante(html, i);
      i = fin;
      if (TEXTE_BRUT.has(nom)) {
        FERMETURE_BRUTE[nom]!.lastIndex = i;
        const fermeture = FERMETURE_BRUTE[nom]!.exec(html)?.index ?? -1;
        i = fermeture === -1 ? html.length : fermeture;
        continue;
      }
      if (nom === 'a' && href !== undefined) liens.push(href);
      if (VIDES.has(nom) || autoFermante) continue;
      sommet = { nom, bloque: sommet.bloque || SANS_LIEN.has(nom) || cache };
      pile.push(sommet);
    } else {
      // A « < » that starts no tag is text.
      if (!sommet.bloque) textes.push(i, i + 1);
      i += 1;
    }
  }
  return { textes, liens };
}

const EXCLAMATION = 0x21;
const INTERROGATION = 0x3f;
const BARRE = 0x2f;
const EGAL = 0x3d;
const SUPERIEUR = 0x3e;
const GUILLEMET = 0x22;
const APOSTROPHE = 0x27;
const FERMETURE_BRUTE = Object.fromEntries([...TEXTE_BRUT].map((n) => [n, new RegExp(`</${n}`, 'gi')]));

const lettreAscii = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** HTML's white space: tab, line feed, form feed, carriage return, space. */
const blanc = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;

/** The end of a tag's name starting at `i`. */
function finDuNom(html: string, i: number): number {
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (blanc(c) || c === BARRE || c === SUPERIEUR) break;
    i++;
  }
  return i;
}

/**
 * A start tag as Astro writes most of them: a name, then attributes with double-quoted values or none, none of them
 * `href` or `hidden` (the only ones this module reads). One pattern instead of a character loop for most of a page's
 * tags (the bars of its charts: a tenth of the linking's time at 1,500 fiches). Anything else is left to
 * `baliseOuvrante`.
 */
const BALISE_SIMPLE = /<([A-Za-z][^\t\n\f\r \/>]*)((?:[\t\n\f\r ]+[^\t\n\f\r "'>\/=]+(?:="[^"]*")?)*)[\t\n\f\r ]*(\/?)>/y;

function baliseSimple(html: string, debut: number): { nom: string; href: undefined; cache: false; fin: number; autoFermante: boolean } | undefined {
  BALISE_SIMPLE.lastIndex = debut;
  const m = BALISE_SIMPLE.exec(html);
  if (!m || /href|hidden/i.test(m[2]!)) return undefined;
  return { nom: m[1]!.toLowerCase(), href: undefined, cache: false, fin: BALISE_SIMPLE.lastIndex, autoFermante: m[3] === '/' };
}

/** A start tag: its name, what this module reads of its attributes (a link's address, hidden or not), and its end. */
function baliseOuvrante(html: string, debut: number): { nom: string; href: string | undefined; cache: boolean; fin: number; autoFermante: boolean } {
  let i = finDuNom(html, debut + 1);
  const nom = html.slice(debut + 1, i).toLowerCase();
  const vus = new Set<string>();
  let href: string | undefined;
  let cache = false;
  const fin = (n: number, autoFermante: boolean) => ({ nom, href, cache, fin: n, autoFermante });
  const sauterBlancs = () => {
    while (blanc(html.charCodeAt(i))) i++;
  };
  while (i < html.length) {
    sauterBlancs();
    const c = html.charCodeAt(i);
    if (c === SUPERIEUR) return fin(i + 1, false);
    if (c === BARRE) {
      if (html.charCodeAt(i + 1) === SUPERIEUR) return fin(i + 2, true);
      i++;
      continue;
    }
    const debutNom = i;
    while (i < html.length) {
      const d = html.charCodeAt(i);
      if (blanc(d) || d === EGAL || d === BARRE || d === SUPERIEUR) break;
      i++;
    }
    const n = html.slice(debutNom, i).toLowerCase();
    sauterBlancs();
    let valeur = '';
    if (html.charCodeAt(i) === EGAL) {
      i++;
      sauterBlancs();
      const q = html.charCodeAt(i);
      if (q === GUILLEMET || q === APOSTROPHE) {
        const f = html.indexOf(q === GUILLEMET ? '"' : "'", i + 1);
        valeur = html.slice(i + 1, f === -1 ? html.length : f);
        i = f === -1 ? html.length : f + 1;
      } else {
        const d = i;
        while (i < html.length && !blanc(html.charCodeAt(i)) && html.charCodeAt(i) !== SUPERIEUR) i++;
        valeur = html.slice(d, i);
      }
    }
    // The first of two attributes of the same name counts, as in a browser.
    if (vus.has(n)) continue;
    vus.add(n);
    if (n === 'href') href = valeur;
    else if (n === 'hidden' || (n === 'aria-hidden' && valeur === 'true')) cache = true;
  }
  return fin(html.length, false);
}

/** One letter matching either case, unless it has none. */
function lettre(c: string): string {
  const bas = c.toLocaleLowerCase('fr');
  const haut = c.toLocaleUpperCase('fr');
  return bas === haut || [...bas].length !== 1 || [...haut].length !== 1 ? echapper(c) : `[${bas}${haut}]`;
}

function echapper(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
}

/** A word in capitals (an acronym) matches only as written, so that « REP » is not « rep »; any other word in either case. */
const sigle = (mot: string) => !/\p{Ll}/u.test(mot);
const MOT = /[\p{L}\p{N}_]+/uy;

interface Forme {
  terme: TermeALier;
  longueur: number;
  /** Sticky: the whole form at a word's start, then no letter; any white space between its words. */
  re: RegExp;
}

interface Index {
  /** Forms by their first word (as written for an acronym, in lower case otherwise), longest first. */
  parCle: Map<string, Forme[]>;
  /** Global: the next word's start where some form matches, so that the words between are never looked up one by one. */
  debuts: RegExp;
  termes: readonly TermeALier[];
}

// Built once per list of terms: the build links every page with the same list, and the validation and Astro's
// process each look for the same terms in every text of the content.
const INDEX = new WeakMap<readonly TermeALier[], Index>();

function indexer(termes: readonly TermeALier[]): Index {
  const connu = INDEX.get(termes);
  if (connu) return connu;
  const parCle = new Map<string, Forme[]>();
  const sources: string[] = [];
  for (const terme of termes) {
    for (const forme of terme.formes) {
      const premier = /^[\p{L}\p{N}_]+/u.exec(forme)?.[0];
      if (!premier) throw new Error(`« ${forme} » (${terme.id}) ne commence pas par un mot`);
      const mots = forme.split(/\s+/).map((mot) => [...mot].map((c) => (sigle(mot) ? echapper(c) : lettre(c))).join(''));
      const source = `${mots.join('\\s+')}(?![\\p{L}\\p{N}_])`;
      sources.push(source);
      const cle = sigle(premier) ? premier : premier.toLocaleLowerCase('fr');
      parCle.set(cle, [...(parCle.get(cle) ?? []), { terme, longueur: forme.length, re: new RegExp(source, 'uy') }].sort((a, b) => b.longueur - a.longueur));
    }
  }
  // No form: a pattern that never matches.
  const debuts = new RegExp(sources.length ? `(?<![\\p{L}\\p{N}_])(?:${sources.join('|')})` : '[^\\s\\S]', 'gu');
  const index = { parCle, debuts, termes };
  INDEX.set(termes, index);
  return index;
}

/**
 * `html`, the content of a page's <main>, with the first use of each term linked to `href(id)`:
 * `<a class="terme" href="…">CCAS</a>`. Whole words only (« CAJ » is not in « CAJOU »), the longest form at a place first
 * (« Revenu fiscal médian par unité de consommation » over « Unité de consommation »). Text in headings, links,
 * controls, code, drawings and hidden elements is left alone, and so is a term already linked to its entry there.
 */
export function lierPremiersTermes(html: string, termes: readonly TermeALier[], href: (id: string) => string): string {
  const { textes, liens } = lire(html);
  const dejaLies = new Set(liens);
  const recherche = new Recherche(indexer(termes), termes.filter((t) => dejaLies.has(href(t.id))));
  const morceaux: string[] = [];
  let copie = 0;
  for (let r = 0; r < textes.length && !recherche.finie(); r += 2) {
    const debut = textes[r]!;
    const texte = html.slice(debut, textes[r + 1]);
    for (let t = recherche.suivant(texte, 0); t; t = recherche.suivant(texte, t.position + t.texte.length)) {
      morceaux.push(html.slice(copie, debut + t.position), `<a class="terme" href="${echapperHtml(href(t.terme.id))}">${t.texte}</a>`);
      copie = debut + t.position + t.texte.length;
    }
  }
  morceaux.push(html.slice(copie));
  return morceaux.join('');
}

/** The ids of the terms that `textes` use, by the same whole-word rule as the links. */
export function termesEmployes(textes: Iterable<string>, termes: readonly TermeALier[]): Set<string> {
  const recherche = new Recherche(indexer(termes));
  const employes = new Set<string>();
  for (const texte of textes) {
    if (recherche.finie()) break;
    for (let t = recherche.suivant(texte, 0); t; t = recherche.suivant(texte, t.position + t.texte.length)) employes.add(t.terme.id);
  }
  return employes;
}

/** One search through texts in order: a term, once found, is no longer looked for. */
class Recherche {
  readonly #index: Index;
  readonly #trouves: Set<TermeALier>;
  #restants: number;

  constructor(index: Index, dejaTrouves: Iterable<TermeALier> = []) {
    this.#index = index;
    this.#trouves = new Set(dejaTrouves);
    this.#restants = new Set(index.termes).size - this.#trouves.size;
  }

  finie(): boolean {
    return this.#restants <= 0;
  }

  /** The first use in `texte`, from `depuis`, of a term not found yet (which then counts as found): its place and its words as written. */
  suivant(texte: string, depuis: number): { terme: TermeALier; position: number; texte: string } | undefined {
    const { debuts } = this.#index;
    debuts.lastIndex = depuis;
    while (!this.finie()) {
      const m = debuts.exec(texte);
      if (!m) return undefined;
      const trouve = this.#formeA(texte, m.index);
      if (trouve) {
        this.#trouves.add(trouve.terme);
        this.#restants--;
        return trouve;
      }
      // Only forms of terms already found start here; the next word may start another.
      debuts.lastIndex = m.index + 1;
    }
    return undefined;
  }

  /** The longest form of a term not found yet at `position`, a word's start. */
  #formeA(texte: string, position: number): { terme: TermeALier; position: number; texte: string } | undefined {
    MOT.lastIndex = position;
    const mot = MOT.exec(texte)![0];
    const bas = mot.toLocaleLowerCase('fr');
    for (const formes of [this.#index.parCle.get(mot), bas === mot ? undefined : this.#index.parCle.get(bas)]) {
      for (const f of formes ?? []) {
        if (this.#trouves.has(f.terme)) continue;
        f.re.lastIndex = position;
        const m = f.re.exec(texte);
        if (m) return { terme: f.terme, position, texte: m[0] };
      }
    }
    return undefined;
  }
}
