// Text rules shared by the index (build) and the search page (browser): how a query is cut into words,
// and when a word of a result really is the word that was typed.

/** Lower case, without accents, ligatures written out: « Béthune » → « bethune », « cœur » → « coeur ». */
export function sansAccents(texte: string): string {
  return sansLigatures(texte.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

/** « œ » and « æ » written out: Pagefind folds accents (NFD) but not ligatures, which NFD leaves whole. */
export const sansLigatures = (texte: string) => texte.replace(/[œŒæÆ]/g, (l) => LIGATURES[l]!);

const LIGATURE = /[œŒæÆ]/;

/**
 * The words of `textes` written with a ligature, by their spelling without it: { coeur: 'cœur', oeuvre: 'œuvre' }.
 * The index keeps the texts as printed, so that results show them so; the query is sent under both spellings instead.
 */
export function ligatures(textes: Iterable<string>): Record<string, string> {
  const carte: Record<string, string> = {};
  for (const t of textes) {
    // The pattern below tries every position of a text: most texts have no ligature, and are skipped at once.
    if (!LIGATURE.test(t)) continue;
    for (const [mot] of t.matchAll(/[\p{L}\p{N}]*[œæ][\p{L}\p{N}]*/giu)) carte[sansAccents(mot)] ??= mot.toLowerCase();
  }
  return carte;
}

// Elided articles and pronouns (« l'index », « d'Avion », « qu'il »): the word after the apostrophe is the one sought.
const ELISION = /(?<![\p{L}\p{N}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=[\p{L}\p{N}])/giu;

// « n° 2 », « N°2 »: Pagefind indexes the texts' « n°2 » as « n2 » (and « n », « 2 »), a word that a number alone would
// not single out, and « n » alone would match every word that begins with an n.
const NUMERO = /(?<![\p{L}\p{N}])n[°º]\s*(?=\d)/giu;

/**
 * The words of a query, as typed (accents kept): punctuation and elided articles taken out, so that
 * « Cité 12-14 » gives « Cité », « 12 », « 14 » and « Quartier du 3/15 » gives « Quartier », « du », « 3 », « 15 ».
 */
export function motsTapes(requete: string): string[] {
  return requete
    .replace(NUMERO, ' n')
    .replace(ELISION, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Words that nearly every document holds. Sent to Pagefind, each costs the largest part of its index (« cadre de vie »:
// 451 KB at 1,500 fiches, « cadre vie »: 189 KB) and changes nothing found, since Pagefind weighs no word order.
// Taken out when the query has other words; a phrase in quotes keeps them, as Pagefind then matches it word for word.
// « d » and « l » are elisions typed without their apostrophe (« plan d eau »).
const MOTS_VIDES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'à', 'au', 'aux', 'en', 'un', 'une', 'd', 'l']);

const phrase = (requete: string) => /^".+"$/.test(requete.trim());

/** The words that are searched: those typed, but for articles and the like beside other words (unless in quotes). */
export function motsCherches(requete: string): string[] {
  const mots = motsTapes(requete);
  if (phrase(requete)) return mots;
  const pleins = mots.filter((m) => !MOTS_VIDES.has(m.toLowerCase()));
  return pleins.length ? pleins : mots;
}

/**
 * What is sent to Pagefind. Pagefind deletes punctuation inside a query (« 12-14 » would become « 1214 »,
 * a word that is not indexed), so it is turned into spaces. A query in quotes stays an exact phrase.
 */
export function requetePagefind(requete: string): string {
  const mots = motsCherches(requete).join(' ');
  return phrase(requete) && mots ? `"${mots}"` : mots;
}

/**
 * The queries sent to Pagefind for one search: `requetePagefind`, and when a word has a ligature in the site's texts
 * (`carte`, see `ligatures`) or in the query, the same query under the other spelling too (« mise en oeuvre » and
 * « mise en œuvre »), so that either finds the texts written either way.
 */
export function requetesPagefind(requete: string, carte: Readonly<Record<string, string>>): string[] {
  const q = requetePagefind(requete);
  const avec = q.replace(/[\p{L}\p{N}]+/gu, (m) => carte[sansAccents(m)] ?? m);
  return [...new Set([q, avec, sansLigatures(q)])];
}

/** The words of a query, normalised for comparison with the words of a result. */
export function termes(requete: string): string[] {
  return [...new Set(motsCherches(requete).map(sansAccents))];
}

/**
 * The query's terms without the first of `noms` it holds beside other words (« camus angres », Angres → « camus »),
 * or undefined when it holds none, or nothing else.
 */
export function sansUnNom(requete: string, noms: readonly string[]): string | undefined {
  const voulu = ` ${termes(requete).join(' ')} `;
  for (const n of noms) {
    const nom = ` ${termes(n).join(' ')} `;
    if (nom.trim() && voulu.includes(nom) && voulu.trim() !== nom.trim()) return voulu.replace(nom, ' ').trim();
  }
  return undefined;
}

/**
 * The forms under which Pagefind indexes a word of a text, normalised like query terms: the whole word, and
 * its parts when it is compound (« Sin-le-Noble », « 12-14 », « d'insécurité », « DouaiQuartier » glued by a table).
 */
export function formesDuMot(mot: string): string[] {
  const sansElision = mot.replace(ELISION, '');
  const parties = sansElision
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(sansAccents);
  const entier = sansAccents(sansElision).replace(/[^\p{L}\p{N}]+/gu, '');
  return entier ? [...new Set([entier, ...parties])] : [];
}

/** Plural and feminine endings of French, taken off before comparing two words. */
function racine(mot: string): string {
  return mot
    .replace(/(?<=..)eaux$/, 'eau')
    .replace(/(?<=...)aux$/, 'al')
    .replace(/(?<=...)[sx]$/, '')
    .replace(/(?<=...)ives?$/, 'if')
    .replace(/(?<=...)euses?$/, 'eur')
    .replace(/(?<=...)(el|en|on|et)les?$/, '$1')
    .replace(/(?<=...)e$/, '');
}

/**
 * Whether a word of a result really is the query term: the term itself, a word it begins (« pisc » finds
 * « piscine »), or the same word with another plural or gender (« écoles » and « école », « sociaux » and
 * « sociale »). Not a shorter word that merely begins the term: Pagefind falls back on those when the term
 * is nowhere in the index (« trampoline » then matches « trame », « carrousel » matches « car »).
 */
export function correspond(terme: string, mot: string): boolean {
  if (!terme || !mot) return false;
  if (mot.startsWith(terme)) return true;
  if (/^\d+$/.test(terme)) return false;
  const r = racine(terme);
  return r.length >= 3 && mot.startsWith(r) && racine(mot).length <= r.length + 2 && racine(mot).startsWith(r);
}
