import { z } from 'astro/zod';

// The publisher's settings, read from the environment once (src/site.config.ts) through this one schema: each
// variable's form is checked here, and a typo stops the build with the variable, its value and the fix.

/** A blank variable is an unset one. */
const saisi = (v: unknown) => (typeof v === 'string' ? v.trim() || undefined : v);

const texte = (description: string) => z.preprocess(saisi, z.string().optional()).describe(description);

/** A full web address, normalised (https://exemple.fr/ with its path); a typo is refused with the variable's name. */
const adresseWeb = (nom: string) =>
  z
    .preprocess(saisi, z.url({ protocol: /^https?$/, error: (i) => `${nom} : « ${String(i.input)} » n'est pas une adresse web complète (https://…)` }).optional())
    .transform((v) => (v ? new URL(v).href : undefined));

/** "/sous-dossier/" whatever the user typed: "sous-dossier", "/sous-dossier" or "". */
export function normaliserBase(brut: string | undefined): string {
  const morceaux = (brut ?? '').split('/').filter(Boolean);
  return morceaux.length ? `/${morceaux.join('/')}/` : '/';
}

/** How readers reach the publisher: an e-mail address or a web page (a contact form). */
export type Contact = { type: 'courriel'; adresse: string; href: string } | { type: 'web'; adresse: string; href: string };

const COURRIEL = /^[^\s@/:<>"]+@[^\s@/:<>"]+\.[^\s@/:<>".]{2,}$/;

/** PUBLISHER_CONTACT, read once: « a@b.fr » or « mailto:a@b.fr » (any case) is an e-mail, « https://… » a web page. */
export const contact = z.string().transform((brut, ctx): Contact => {
  const sansMailto = brut.replace(/^mailto:/i, '');
  if (COURRIEL.test(sansMailto)) return { type: 'courriel', adresse: sansMailto, href: `mailto:${sansMailto}` };
  if (/^https?:\/\//i.test(brut) && URL.canParse(brut)) return { type: 'web', adresse: brut, href: new URL(brut).href };
  ctx.addIssue({
    code: 'custom',
    message: `PUBLISHER_CONTACT : « ${brut} » n'est ni une adresse e-mail complète (nom@domaine.fr) ni une adresse web complète (https://…)${/^www\./i.test(brut) ? ` : écrivez https://${brut}` : ''}`,
  });
  return z.NEVER;
});

export const environnement = z
  .object({
    SITE_URL: adresseWeb('SITE_URL')
      .transform((v) => (v ? new URL(v).origin : undefined))
      .describe('Origine publique du site (https://exemple.fr), sans chemin : adresses canoniques, Open Graph, plan du site.'),
    BASE_PATH: z.string().optional().transform(normaliserBase).describe('Chemin sous lequel le site est servi, par exemple /qpv/.'),
    PUBLISHER_NAME: texte('Éditeur du site, écrit comme il doit se lire après « Éditeur : », par exemple « Communauté d’Agglomération du Douaisis ».'),
    PUBLISHER_CONTACT: z.preprocess(saisi, contact.optional()).describe('Contact de l’éditeur : une adresse e-mail ou une adresse web.'),
    PUBLICATION_DIRECTOR: texte('Directeur de la publication, que la loi (LCEN, art. 6) demande aux mentions légales de nommer.'),
    HOSTING_PROVIDER: texte('Nom, adresse et téléphone de l’hébergeur, sur une ligne.'),
    ACCESSIBILITY_SCHEME_URL: adresseWeb('ACCESSIBILITY_SCHEME_URL').describe('Schéma pluriannuel de mise en accessibilité et plans d’actions.'),
    STATEMENT_DATE: z
      .preprocess(saisi, z.iso.date({ error: (i) => `STATEMENT_DATE : « ${String(i.input)} » n'est pas une date AAAA-MM-JJ` }).optional())
      .describe('Date de la déclaration d’accessibilité (AAAA-MM-JJ) ; à défaut, celle de la construction.'),
    SOURCE_DATE_EPOCH: z
      .preprocess(saisi, z.string().regex(/^\d+$/, { error: (i) => `SOURCE_DATE_EPOCH : « ${String(i.input)} » n'est pas un nombre entier de secondes depuis le 1er janvier 1970 (la commande « date +%s » donne celui de l’instant)` }).optional())
      .transform((v) => (v === undefined ? undefined : new Date(Number(v) * 1000)))
      .describe('Date de la construction, en secondes depuis 1970 (convention reproducible-builds.org) ; à défaut, l’heure où elle commence.'),
  })
  .describe('Les réglages de l’éditeur, lus dans les variables d’environnement.');

export type Environnement = z.infer<typeof environnement>;
