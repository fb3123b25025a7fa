// Links the first use of each glossary term in a built page's <main> to its entry on the glossary page.
// Done over the built HTML (scripts/build.ts, before Pagefind indexes it) rather than in components: the terms sit in
// text the components render from data (diagnostic, équipements, programmes) and in MDX pages, and « first on the
// page » is a property of the whole page, which no component sees. The page is only spliced (a link around a word),
// never re-serialised, so the rest of its bytes, and the words Pagefind indexes, stay the same.
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
  return glossaire.map((e) => ({ id: e.id, formes: e.sigles ?? [e.terme] }));
}

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
  /** Inside <main>. */
  main: boolean;
  /** Its text may not be linked (see SANS_LIEN), nor that of a hidden element: a link there would be focusable yet unseen. */
  bloque: boolean;
}

interface Lecture {
  /** [start, end) of the text runs that may be linked, in document order. */
  textes: [number, number][];
  /** href of every link already in <main> (the page's own « Terme » links). */
  liens: string[];
}

/**
 * Reads a page as the HTML tokenizer would for what Astro writes: comments, doctype, start tags with quoted or bare
 * attributes (a quoted « > » included), end tags, raw text of script and style, and text. Implied end tags are not
 * inferred: an end tag closes up to its own start tag.
 */
function lire(html: string): Lecture {
  const textes: [number, number][] = [];
  const liens: string[] = [];
  const pile: Ouvert[] = [];
  const sommet = (): Ouvert => pile.at(-1) ?? { nom: '', main: false, bloque: false };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const finTexte = lt === -1 ? html.length : lt;
    if (finTexte > i) {
      const s = sommet();
      if (s.main && !s.bloque) textes.push([i, finTexte]);
      i = finTexte;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      const fin = html.indexOf('-->', i + 4);
      i = fin === -1 ? html.length : fin + 3;
    } else if (html[i + 1] === '!' || html[i + 1] === '?') {
      const fin = html.indexOf('>', i);
      i = fin === -1 ? html.length : fin + 1;
    } else if (html[i + 1] === '/' && /[a-z]/i.test(html[i + 2] ?? '')) {
      const fin = html.indexOf('>', i);
      const nom = lireMotif(NOM, html, i + 2).toLowerCase();
      const ouvert = pile.findLastIndex((o) => o.nom === nom);
      if (ouvert !== -1) pile.length = ouvert;
      i = fin === -1 ? html.length : fin + 1;
    } else if (/[a-z]/i.test(html[i + 1] ?? '')) {
      const { nom, attributs, fin, autoFermante } = baliseOuvrante(html, i);
      i = fin;
      if (TEXTE_BRUT.has(nom)) {
        FERMETURE_BRUTE[nom]!.lastIndex = i;
        const fermeture = FERMETURE_BRUTE[nom]!.exec(html)?.index ?? -1;
        i = fermeture === -1 ? html.length : fermeture;
        continue;
      }
      const parent = sommet();
      const main = parent.main || nom === 'main';
      if (main && nom === 'a' && attributs.has('href')) liens.push(attributs.get('href')!);
      if (VIDES.has(nom) || autoFermante) continue;
      const cache = attributs.has('hidden') || attributs.get('aria-hidden') === 'true';
      pile.push({ nom, main, bloque: parent.bloque || SANS_LIEN.has(nom) || cache });
    } else {
      // A « < » that starts no tag is text.
      const s = sommet();
      if (s.main && !s.bloque) textes.push([i, i + 1]);
      i += 1;
    }
  }
  return { textes, liens };
}

const NOM = /[^\s/>]+/y;
const NOM_ATTRIBUT = /[^\s=/>]+/y;
const VALEUR_NUE = /[^\s>]*/y;
const FERMETURE_BRUTE = Object.fromEntries([...TEXTE_BRUT].map((n) => [n, new RegExp(`</${n}`, 'gi')]));

/** What a sticky pattern reads at `i` (no copy of the rest of the page). */
function lireMotif(re: RegExp, html: string, i: number): string {
  re.lastIndex = i;
  return re.exec(html)?.[0] ?? '';
}

function baliseOuvrante(html: string, debut: number): { nom: string; attributs: Map<string, string>; fin: number; autoFermante: boolean } {
  let i = debut + 1;
  const nom = lireMotif(NOM, html, i).toLowerCase();
  i += nom.length;
  const attributs = new Map<string, string>();
  while (i < html.length) {
    while (/\s/.test(html[i] ?? '')) i++;
    if (html[i] === '>') return { nom, attributs, fin: i + 1, autoFermante: false };
    if (html.startsWith('/>', i)) return { nom, attributs, fin: i + 2, autoFermante: true };
    if (html[i] === '/') {
      i++;
      continue;
    }
    const n = lireMotif(NOM_ATTRIBUT, html, i);
    i += n.length;
    while (/\s/.test(html[i] ?? '')) i++;
    let valeur = '';
    if (html[i] === '=') {
      i++;
      while (/\s/.test(html[i] ?? '')) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const fin = html.indexOf(q, i + 1);
        valeur = html.slice(i + 1, fin === -1 ? html.length : fin);
        i = fin === -1 ? html.length : fin + 1;
      } else {
        valeur = lireMotif(VALEUR_NUE, html, i);
        i += valeur.length;
      }
    }
    if (!attributs.has(n.toLowerCase())) attributs.set(n.toLowerCase(), valeur);
  }
  return { nom, attributs, fin: html.length, autoFermante: false };
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
const MOT = /[\p{L}\p{N}_]+/gu;

interface Forme {
  terme: TermeALier;
  longueur: number;
  /** Sticky: the whole form at a word's start, then no letter; any white space between its words. */
  re: RegExp;
}

/** Forms by their first word (as written for an acronym, in lower case otherwise), longest first. */
function indexer(termes: readonly TermeALier[]): Map<string, Forme[]> {
  const index = new Map<string, Forme[]>();
  for (const terme of termes) {
    for (const forme of terme.formes) {
      const premier = /^[\p{L}\p{N}_]+/u.exec(forme)?.[0];
      if (!premier) throw new Error(`« ${forme} » (${terme.id}) ne commence pas par un mot`);
      const mots = forme.split(/\s+/).map((mot) => [...mot].map((c) => (sigle(mot) ? echapper(c) : lettre(c))).join(''));
      const re = new RegExp(`${mots.join('\\s+')}(?![\\p{L}\\p{N}_])`, 'uy');
      const cle = sigle(premier) ? premier : premier.toLocaleLowerCase('fr');
      index.set(cle, [...(index.get(cle) ?? []), { terme, longueur: forme.length, re }].sort((a, b) => b.longueur - a.longueur));
    }
  }
  return index;
}

/** Once linked, a term is no longer looked for. */
function retirer(index: Map<string, Forme[]>, terme: TermeALier): void {
  for (const [cle, formes] of index) {
    const restantes = formes.filter((f) => f.terme !== terme);
    if (restantes.length) index.set(cle, restantes);
    else index.delete(cle);
  }
}

/**
 * The page with the first use, in <main>, of each term linked to `href(id)`: `<a class="terme" href="…">CCAS</a>`.
 * Whole words only (« CAJ » is not in « CAJOU »), the longest form at a place first (« Revenu fiscal médian par unité
 * de consommation » over « Unité de consommation »). Text in headings, links, controls, code, drawings and hidden
 * elements is left alone, and so is a term the page already links to its entry.
 */
export function lierPremiersTermes(html: string, termes: readonly TermeALier[], href: (id: string) => string): string {
  const { textes, liens } = lire(html);
  const dejaLies = new Set(liens);
  const index = indexer(termes.filter((t) => !dejaLies.has(href(t.id))));
  const morceaux: string[] = [];
  let copie = 0;
  for (const [debut, fin] of textes) {
    if (!index.size) break;
    for (const t of trouver(html.slice(debut, fin), index)) {
      morceaux.push(html.slice(copie, debut + t.position), `<a class="terme" href="${echapperHtml(href(t.terme.id))}">${t.texte}</a>`);
      copie = debut + t.position + t.texte.length;
    }
  }
  morceaux.push(html.slice(copie));
  return morceaux.join('');
}

/** The ids of the terms that `textes` use, by the same whole-word rule as the links. */
export function termesEmployes(textes: Iterable<string>, termes: readonly TermeALier[]): Set<string> {
  const index = indexer(termes);
  const employes = new Set<string>();
  for (const texte of textes) {
    if (!index.size) break;
    for (const t of trouver(texte, index)) employes.add(t.terme.id);
  }
  return employes;
}

/** Each first use in `texte` of a term still in `index`, which then leaves it: its place and its words as written. */
function* trouver(texte: string, index: Map<string, Forme[]>): Generator<{ terme: TermeALier; position: number; texte: string }> {
  let suite = 0;
  for (const mot of texte.matchAll(MOT)) {
    if (mot.index < suite || !index.size) continue;
    const bas = mot[0].toLocaleLowerCase('fr');
    const candidates = [...(index.get(mot[0]) ?? []), ...(bas === mot[0] ? [] : (index.get(bas) ?? []))];
    for (const f of candidates) {
      f.re.lastIndex = mot.index;
      const m = f.re.exec(texte);
      if (!m) continue;
      suite = mot.index + m[0].length;
      retirer(index, f.terme);
      yield { terme: f.terme, position: mot.index, texte: m[0] };
      break;
    }
  }
}
