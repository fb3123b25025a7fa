// Every setting the publisher may change, read from the environment (see README, « Réglages »).

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

export const reglages = {
  titre: 'Quartiers prioritaires de Lens-Liévin',
  /** Public origin (https://exemple.fr), without path; canonical URLs, Open Graph and the sitemap need it. */
  url: urlDuSite(process.env.SITE_URL),
  /** Path under which the site is served. */
  base: normaliserBase(process.env.BASE_PATH),
  /** Publisher named in the legal notice; left blank rather than invented. */
  editeur: process.env.PUBLISHER_NAME?.trim() || undefined,
  /** Contact address (e-mail or URL) for the publisher and for accessibility requests. */
  contact: process.env.PUBLISHER_CONTACT?.trim() || undefined,
} as const;
