// Every setting the publisher may change, read from the environment (see README, « Settings »). The territory is not
// here: it comes from the validated content, once per build, in the model (donnees().territoire).

/** "/sous-dossier/" whatever the user typed: "sous-dossier", "/sous-dossier" or "". */
export function normaliserBase(brut: string | undefined): string {
  const morceaux = (brut ?? '').split('/').filter(Boolean);
  return morceaux.length ? `/${morceaux.join('/')}/` : '/';
}

function urlDuSite(brut: string | undefined): string | undefined {
  if (!brut) return undefined;
  const url = new URL(brut); // throws early, with the value, on a typo
  return url.origin;
}

/** A full URL kept as typed (with its path), or undefined; throws on a typo so the build stops early. */
function urlComplete(nom: string, brut: string | undefined): string | undefined {
  const v = brut?.trim();
  if (!v) return undefined;
  try {
    return new URL(v).href;
  } catch {
    throw new Error(`${nom} : « ${v} » n'est pas une adresse complète (https://…)`);
  }
}

/** A date written YYYY-MM-DD, or the build's own date when unset. */
function dateIso(nom: string, brut: string | undefined, defaut: Date): string {
  const v = brut?.trim();
  if (!v) return defaut.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new Error(`${nom} : « ${v} » n'est pas une date AAAA-MM-JJ`);
  return v;
}

/** When this build ran: the date of last update of the data and pages. */
const construitLe = new Date();

export const reglages = {
  /** Public origin (https://exemple.fr), without path; canonical URLs, Open Graph and the sitemap need it. */
  url: urlDuSite(process.env.SITE_URL),
  /** Path under which the site is served. */
  base: normaliserBase(process.env.BASE_PATH),
  /** Publisher named in the legal notice, the accessibility statement and the data's attribution; left blank rather than invented. */
  editeur: process.env.PUBLISHER_NAME?.trim() || undefined,
  /** Directeur de la publication, whom the law (LCEN, art. 6) asks the legal notice to name. */
  directeurPublication: process.env.PUBLICATION_DIRECTOR?.trim() || undefined,
  /** Host's name, address and telephone, as the legal notice must give them (one line of text). */
  hebergeur: process.env.HOSTING_PROVIDER?.trim() || undefined,
  /** Contact address (e-mail or URL) for the publisher, error reports and accessibility requests. */
  contact: process.env.PUBLISHER_CONTACT?.trim() || undefined,
  /** Schéma pluriannuel de mise en accessibilité and its action plans, linked from the statement. */
  schemaAccessibilite: urlComplete('ACCESSIBILITY_SCHEME_URL', process.env.ACCESSIBILITY_SCHEME_URL),
  /** Date of the accessibility statement (YYYY-MM-DD); the build date when unset. */
  dateDeclaration: dateIso('STATEMENT_DATE', process.env.STATEMENT_DATE, construitLe),
  /** Build time, ISO 8601: « mise à jour du … » of the pages and the downloads. */
  construitLe: construitLe.toISOString(),
} as const;
