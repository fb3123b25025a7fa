// Every setting the publisher may change, read from the environment once through its schema (see README, « Settings »).
// The territory is not here: it comes from the validated content, once per build, in the model (donnees().territoire).
import { environnement, normaliserBase } from './schemas/environnement.ts';

export { normaliserBase };

/** A mistyped setting; its name lets the build's validation print the message alone (scripts/message-seul.ts). */
class ReglagesInvalides extends Error {
  override name = 'ReglagesInvalides';
}

/** The environment's settings, or every typo at once, each with its variable and fix. */
function lireEnvironnement() {
  const r = environnement.safeParse(process.env);
  if (!r.success) throw new ReglagesInvalides(`Réglages invalides :\n${r.error.issues.map((i) => `  - ${i.message}`).join('\n')}`);
  return r.data;
}
const env = lireEnvironnement();

/**
 * When this build ran: the date of last update of the data and pages. SOURCE_DATE_EPOCH fixes it, so that the same
 * content builds the same files (README, « Settings »).
 */
const construitLe = env.SOURCE_DATE_EPOCH ?? new Date();

export const reglages = {
  /** Public origin (https://exemple.fr), without path; canonical URLs, Open Graph and the sitemap need it. */
  url: env.SITE_URL,
  /** Path under which the site is served. */
  base: env.BASE_PATH,
  /** Publisher named in the legal notice, the accessibility statement and the data's attribution; left blank rather than invented. */
  editeur: env.PUBLISHER_NAME,
  /** Directeur de la publication, whom the law (LCEN, art. 6) asks the legal notice to name. */
  directeurPublication: env.PUBLICATION_DIRECTOR,
  /** Host's name, address and telephone, as the legal notice must give them (one line of text). */
  hebergeur: env.HOSTING_PROVIDER,
  /** The publisher's e-mail address or web page, for the legal pages, error reports and the data's metadata. */
  contact: env.PUBLISHER_CONTACT,
  /** Schéma pluriannuel de mise en accessibilité and its action plans, linked from the statement. */
  schemaAccessibilite: env.ACCESSIBILITY_SCHEME_URL,
  /** Date of the accessibility statement (YYYY-MM-DD); the build date when unset. */
  dateDeclaration: env.STATEMENT_DATE ?? construitLe.toISOString().slice(0, 10),
  /** Build time, ISO 8601: « mise à jour du … » of the pages and the downloads. */
  construitLe: construitLe.toISOString(),
} as const;
