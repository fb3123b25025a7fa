// Settings that a published site should have: the legal notice, the accessibility statement and the canonical
// addresses need them. The build still succeeds without them (a test or preview build), but says what is unset.

/** Each setting, by its environment variable, with what it fills. */
export const reglagesDePublication = [
  { variable: 'SITE_URL', role: "adresse publique du site, pour les adresses canoniques, le plan du site et la déclaration d'accessibilité" },
  { variable: 'PUBLISHER_NAME', role: "éditeur des mentions légales et organisme de la déclaration d'accessibilité" },
  { variable: 'PUBLICATION_DIRECTOR', role: 'directeur de la publication, que les mentions légales doivent nommer' },
  { variable: 'HOSTING_PROVIDER', role: "nom, adresse et téléphone de l'hébergeur, que les mentions légales doivent donner" },
  { variable: 'PUBLISHER_CONTACT', role: "contact de l'éditeur (courriel ou adresse web), dans les mentions légales et la déclaration d'accessibilité" },
  { variable: 'ACCESSIBILITY_SCHEME_URL', role: "schéma pluriannuel de mise en accessibilité et plans d'actions, liés depuis la déclaration" },
  { variable: 'STATEMENT_DATE', role: "date de la déclaration d'accessibilité (AAAA-MM-JJ) ; sans elle, c'est la date de chaque construction" },
] as const;

export type VariableDePublication = (typeof reglagesDePublication)[number]['variable'];

/** The settings left unset (missing or blank) in this environment, in the order above. */
export function reglagesManquants(env: Readonly<Record<string, string | undefined>>): (typeof reglagesDePublication)[number][] {
  return reglagesDePublication.filter((r) => !env[r.variable]?.trim());
}

/** The build's warning listing the unset settings, or undefined when every one is set. */
export function avertissementPublication(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const manquants = reglagesManquants(env);
  if (!manquants.length) return undefined;
  return [
    `Attention : ${manquants.length === 1 ? 'un réglage' : `${manquants.length} réglages`} qu'un site publié doit avoir ${manquants.length === 1 ? "n'est pas renseigné" : 'ne sont pas renseignés'} (la construction a abouti ; voir « Settings » dans le README) :`,
    ...manquants.map((r) => `  - ${r.variable} : ${r.role}`),
  ].join('\n');
}
