import { Scalar, Schema } from 'yaml';

/**
 * Fast path of the YAML reading: a line-by-line reader of the plain subset the fiches are written in
 * (block mappings and sequences indented with spaces, one-line scalars, one-line flow lists, comments).
 * It gives the same data as the full parser on that subset, about twenty times faster, and answers
 * `undefined` for anything else (anchors, tags, block or multi-line scalars, odd indentation, errors…):
 * the full parser then reads the file and locates every problem, as before.
 */
export function lireYamlSimple(texte: string): Record<string, unknown> | undefined {
  if (HORS_SOUS_ENSEMBLE.test(texte)) return undefined;
  try {
    const lignes = decouper(texte);
    if (!lignes.length || lignes[0]!.retrait !== 0) return undefined;
    const curseur = { lignes, i: 0 };
    const data = lireBloc(curseur, 0);
    if (curseur.i !== lignes.length || data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
    return data as Record<string, unknown>;
  } catch (err) {
    if (err === HORS) return undefined;
    throw err;
  }
}

/** Tabs, carriage returns, control and invisible characters: left to the full parser (as directives and document markers, see `decouper`). */
const HORS_SOUS_ENSEMBLE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** Thrown to leave the fast path (never escapes `lireYamlSimple`). */
const HORS = Symbol('hors du sous-ensemble');
const hors = (): never => {
  throw HORS;
};

interface Ligne {
  retrait: number;
  /** The line without its indentation; never empty, never a comment. */
  texte: string;
}
interface Curseur {
  lignes: Ligne[];
  i: number;
}

// Only the space is a blank here: String.prototype.trim would also remove no-break spaces, which YAML keeps.
function sansBlancsAvant(t: string): string {
  let i = 0;
  while (t.charCodeAt(i) === 32) i++;
  return i ? t.slice(i) : t;
}
function sansBlancsApres(t: string): string {
  let i = t.length;
  while (i > 0 && t.charCodeAt(i - 1) === 32) i--;
  return i < t.length ? t.slice(0, i) : t;
}

function decouper(texte: string): Ligne[] {
  const lignes: Ligne[] = [];
  for (const brute of texte.split('\n')) {
    if (brute.startsWith('%') || brute.startsWith('---') || brute.startsWith('...')) hors();
    const contenu = sansBlancsAvant(brute);
    if (contenu === '' || contenu.startsWith('#')) continue;
    lignes.push({ retrait: brute.length - contenu.length, texte: sansBlancsApres(contenu) });
  }
  return lignes;
}

const estTiret = (t: string) => t === '-' || t.startsWith('- ');

function lireBloc(c: Curseur, retrait: number): unknown {
  return estTiret(c.lignes[c.i]!.texte) ? lireListe(c, retrait) : lireTable(c, retrait);
}

/** What follows `clé:` or `-` on its line: a nested block on the next lines, or nothing (null). */
function lireEnfant(c: Curseur, retraitParent: number, listeAuMemeNiveau: boolean): unknown {
  const suivante = c.lignes[c.i];
  if (suivante && suivante.retrait > retraitParent) return lireBloc(c, suivante.retrait);
  // `clé:` may be followed by its list at the key's own indentation.
  if (suivante && listeAuMemeNiveau && suivante.retrait === retraitParent && estTiret(suivante.texte)) return lireListe(c, retraitParent, true);
  return null;
}

/** After a value written on its line, a deeper line would be a continuation or an error. */
function finDeValeur(c: Curseur, retrait: number): void {
  const suivante = c.lignes[c.i];
  if (suivante && suivante.retrait > retrait) hors();
}

const CLE_SIMPLE = /^([A-Za-z0-9_][A-Za-z0-9_.+-]*):(?: +|$)/;
/** Plain keys already seen to read as strings: the same few dozen come back in every fiche. */
const CLES_TEXTE = new Set<string>();

function lireTable(c: Curseur, retrait: number): Record<string, unknown> {
  const table: Record<string, unknown> = {};
  while (c.i < c.lignes.length) {
    const ligne = c.lignes[c.i]!;
    if (ligne.retrait < retrait) break;
    if (ligne.retrait > retrait || estTiret(ligne.texte)) hors();
    let cle: string;
    let reste: string;
    const simple = CLE_SIMPLE.exec(ligne.texte);
    if (simple) {
      cle = simple[1]!;
      // A key that reads as a number, a boolean or null is not a plain string key.
      if (!CLES_TEXTE.has(cle)) {
        if (TYPES.some((t) => t.test.test(cle))) hors();
        CLES_TEXTE.add(cle);
      }
      reste = ligne.texte.slice(simple[0].length);
    } else if (ligne.texte.startsWith('"')) {
      const [valeur, fin] = guillemetsDoubles(ligne.texte);
      const apres = ligne.texte.slice(fin + 1);
      if (!/^:(?: +|$)/.test(apres)) hors();
      cle = valeur;
      reste = sansBlancsAvant(apres.slice(1));
    } else return hors();
    if (cle === '__proto__' || Object.hasOwn(table, cle)) hors();
    c.i++;
    if (reste === '' || reste.startsWith('#')) table[cle] = lireEnfant(c, retrait, true);
    else {
      table[cle] = valeurEnLigne(reste);
      finDeValeur(c, retrait);
    }
  }
  return table;
}

/** What follows a dash is read as if it were a line of its own, indented to its column. */
function aSaColonne(c: Curseur, colonne: number, texte: string): number {
  c.lignes[c.i] = { retrait: colonne, texte };
  return colonne;
}

/** `auNiveauDeLaCle`: the list of a `clé:` written at the key's own indentation, which the next key ends. */
function lireListe(c: Curseur, retrait: number, auNiveauDeLaCle = false): unknown[] {
  const liste: unknown[] = [];
  while (c.i < c.lignes.length) {
    const ligne = c.lignes[c.i]!;
    if (ligne.retrait < retrait || (auNiveauDeLaCle && ligne.retrait === retrait && !estTiret(ligne.texte))) break;
    if (ligne.retrait > retrait || !estTiret(ligne.texte)) hors();
    const apres = ligne.texte.slice(1);
    const reste = sansBlancsAvant(apres);
    if (reste === '' || reste.startsWith('#')) {
      c.i++;
      liste.push(lireEnfant(c, retrait, false));
    } else if (estTiret(reste)) {
      // `- - x`: a list in a list, which starts at the second dash's column.
      liste.push(lireListe(c, aSaColonne(c, ligne.retrait + 1 + apres.length - reste.length, reste)));
    } else if (reste === '?' || reste.startsWith('? ')) {
      return hors();
    } else if (CLE_SIMPLE.test(reste) || /^"(?:[^"\\]|\\.)*": /.test(reste)) {
      // `- clé: valeur`: a mapping whose keys line up with the first one.
      liste.push(lireTable(c, aSaColonne(c, ligne.retrait + 1 + apres.length - reste.length, reste)));
    } else {
      c.i++;
      liste.push(valeurEnLigne(reste));
      finDeValeur(c, retrait);
    }
  }
  return liste;
}

/** A value written after `clé: ` or `- `: quoted, a one-line flow list, `{}`, or a plain scalar. */
function valeurEnLigne(texte: string): unknown {
  const premier = texte[0]!;
  if (premier === '"' || premier === "'") {
    const [valeur, fin] = premier === '"' ? guillemetsDoubles(texte) : guillemetsSimples(texte);
    finDeLigne(texte.slice(fin + 1));
    return valeur;
  }
  if (premier === '[') return listeEnLigne(texte);
  if (texte === '{}' || /^\{\} +#/.test(texte)) return {};
  if (!debutSimple(texte)) hors();
  const diese = texte.indexOf(' #');
  const brut = sansBlancsApres(diese === -1 ? texte : texte.slice(0, diese));
  if (/:(?: |$)/.test(brut)) hors();
  return resoudre(brut);
}

/** Characters that cannot start a plain scalar (or start something the fast path leaves alone). */
const INDICATEURS = ',[]{}#&*!|>%@`"\'';
/** `?`, `:` and `-` start a plain scalar only when a character other than a space or a flow indicator follows. */
const debutSimple = (t: string) => !INDICATEURS.includes(t[0]!) && (!'?:-'.includes(t[0]!) || /^.[^ ,[\]{}]/.test(t));

function finDeLigne(reste: string): void {
  if (reste !== '' && !/^ +(?:#.*)?$/.test(reste)) hors();
}

/** `[a, "b", 'c']` on one line. */
function listeEnLigne(texte: string): unknown[] {
  const liste: unknown[] = [];
  let i = 1;
  const blancs = () => {
    while (texte[i] === ' ') i++;
  };
  blancs();
  if (texte[i] === ']') {
    finDeLigne(texte.slice(i + 1));
    return liste;
  }
  for (;;) {
    blancs();
    const car = texte[i];
    if (car === '"' || car === "'") {
      const [valeur, fin] = car === '"' ? guillemetsDoubles(texte.slice(i)) : guillemetsSimples(texte.slice(i));
      liste.push(valeur);
      i += fin + 1;
    } else {
      const brut = sansBlancsApres(/^[^,[\]{}#:"']*/.exec(texte.slice(i))![0]);
      if (!brut || !debutSimple(brut)) hors();
      liste.push(resoudre(brut));
      i += brut.length;
    }
    blancs();
    if (texte[i] === ']') break;
    if (texte[i] !== ',') hors();
    i++;
  }
  finDeLigne(texte.slice(i + 1));
  return liste;
}

const ECHAPPEMENTS: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t' };

/** `"…"` at the start of `texte`, on one line: its value and the index of the closing quote. */
function guillemetsDoubles(texte: string): [string, number] {
  let valeur = '';
  let debut = 1;
  for (let i = 1; i < texte.length; i++) {
    const car = texte.charCodeAt(i);
    if (car === 34 /* " */) return [valeur + texte.slice(debut, i), i];
    if (car !== 92 /* \ */) continue;
    valeur += texte.slice(debut, i);
    const code = texte[++i];
    if (code === 'u' && /^[0-9a-fA-F]{4}$/.test(texte.slice(i + 1, i + 5))) {
      valeur += String.fromCharCode(parseInt(texte.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (code !== undefined && Object.hasOwn(ECHAPPEMENTS, code)) valeur += ECHAPPEMENTS[code];
    else hors();
    debut = i + 1;
  }
  return hors();
}

/** `'…'` at the start of `texte`, on one line (`''` is a quote). */
function guillemetsSimples(texte: string): [string, number] {
  let valeur = '';
  for (let i = 1; i < texte.length; i++) {
    if (texte[i] !== "'") valeur += texte[i];
    else if (texte[i + 1] === "'") valeur += texte[i++];
    else return [valeur, i];
  }
  return hors();
}

interface TypeScalaire {
  test: RegExp;
  resolve: (source: string, onError: (message: string) => void, options: { intAsBigInt: boolean }) => unknown;
}

/** The scalar types of the full parser's YAML 1.2 core schema (null, booleans, numbers), in its order. */
const TYPES = new Schema({ version: '1.2' } as ConstructorParameters<typeof Schema>[0]).tags.filter((t): t is typeof t & TypeScalaire => 'test' in t && t.test instanceof RegExp);

/** A plain scalar as the full parser reads it: the first core type whose pattern matches, else a string. */
function resoudre(brut: string): unknown {
  for (const t of TYPES) {
    if (!t.test.test(brut)) continue;
    const v = t.resolve(brut, hors, { intAsBigInt: false });
    return v instanceof Scalar ? v.value : v;
  }
  return brut;
}
