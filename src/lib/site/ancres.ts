// What the pages and the search records write and the search page reads back from Pagefind's results: anchors,
// headings, « Nom (CODE) ». Each writer sits next to its reader, so that they change together.
export const ancres = {
  tableau: (i: number) => `diagnostic-${i + 1}`,
  axe: (i: number, j: number) => `diagnostic-${i + 1}-axe-${j + 1}`,
  /** Row k of a badly read table (numbered as printed, repeated rows included). */
  ligne: (i: number, k: number) => `diagnostic-${i + 1}-ligne-${k + 1}`,
  /** An équipement's row on its commune's page. */
  equipement: (id: string) => `eq-${id}`,
  /** A BPE domain's section on a commune's page. */
  domaine: (domaine: string) => `domaine-${domaine.toLowerCase()}`,
};

/** What an anchor of `ancres` is: a diagnostic table, a part of one (pillar or row), a row of a badly read table. */
export const lireAncre = {
  tableau: (id: string) => /^diagnostic-\d+$/.test(id),
  dansUnTableau: (id: string) => /^diagnostic-\d+-/.test(id),
  ligne: (id: string) => /^diagnostic-\d+-ligne-\d+$/.test(id),
};

/**
 * Heading of a diagnostic table that is one commune's: « Tableau de la commune d’Avion », « … (suite) » when the OCR
 * split it. `deLaCommune` is the commune's name after « de », as elision.ts's `de` writes it (« d’Avion », « du Portel »).
 */
export const titreTableauCommune = (deLaCommune: string, suite: boolean) => `Tableau de la commune ${deLaCommune}${suite ? ' (suite)' : ''}`;

/** The commune, among `communes`, whose table a heading titles (see `titreTableauCommune`): « du Portel » is Le Portel's. */
export function communeDuTitre(titre: string, communes: readonly string[]): string | undefined {
  const m = /^Tableau de la commune (de |d’|du |des )(.+?)(?: \(suite\))?$/.exec(titre);
  const nom = m && (m[1] === 'du ' ? `Le ${m[2]}` : m[1] === 'des ' ? `Les ${m[2]}` : m[2]);
  return communes.find((c) => c === nom);
}

/** A quartier as the search records and filters name it: « Cité 10 (QP062032) ». */
export const nomEtCode = (nom: string, code: string) => `${nom} (${code})`;

/** A fiche's code after its name, 2015 (« (QP062025) ») or 2024 (« (QN06201M) »), as `nomEtCode` writes it. */
const CODE_APRES_NOM = /\s*\((Q[PN][0-9A-Z]+)\)$/;

/** « Cité 10 (QP062032) » → « QP062032 »; the text itself when it carries no code. */
export const codeDe = (texte: string) => CODE_APRES_NOM.exec(texte)?.[1] ?? texte;

/** « Cité 10 (QP062032) » → « Cité 10 ». */
export const sansCode = (texte: string) => texte.replace(CODE_APRES_NOM, '');

/** Panel of a commune's quartiers in « Trouver mon quartier » (home page). */
export const idPanneauCommune = (slugCommune: string) => `quartiers-de-${slugCommune}`;
/** The full list of quartiers on the home page, where the breadcrumb « Quartiers » leads. */
export const ID_LISTE_QUARTIERS = 'liste-quartiers';
/** A quartier's row on the page of revenues (revenus/), where its fiche's revenue strip leads. */
export const idRevenu = (slug: string) => `q-${slug}`;
