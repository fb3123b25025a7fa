import type { Modele } from '../site/modele.ts';

/** Every HTML page of the site, as paths under the base: the sitemap and the output checks share it. */
export function pagesDuSite(m: Modele): string[] {
  return [
    '',
    'communes/',
    'revenus/',
    'equipements/',
    // A territory without programmes has no Programmes page.
    ...(m.programmes.length ? ['programmes/'] : []),
    'recherche/',
    'donnees/',
    'methodologie/',
    'accessibilite/',
    'mentions-legales/',
    'plan-du-site/',
    'glossaire/',
    'signaler-une-erreur/',
    ...m.quartiers.map((q) => `quartiers/${q.slug}/`),
    ...m.communes.map((c) => `communes/${c.slug}/`),
    ...m.programmes.map((p) => `programmes/${p.id}/`),
  ];
}
