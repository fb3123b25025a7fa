import { reglages } from '../../site.config.ts';
import { ID_LISTE_QUARTIERS, idRevenu } from './ancres.ts';

/** Path under the base path: lien('quartiers/qp062025/') → '/sous-dossier/quartiers/qp062025/'. */
export function lien(chemin = ''): string {
  return `${reglages.base}${chemin.replace(/^\//, '')}`;
}

export const liens = {
  accueil: () => lien(),
  listeQuartiers: () => lien(`#${ID_LISTE_QUARTIERS}`),
  quartier: (code: string) => lien(`quartiers/${code.toLowerCase()}/`),
  commune: (slugCommune: string) => lien(`communes/${slugCommune}/`),
  communes: () => lien('communes/'),
  revenus: (code?: string) => lien(`revenus/${code ? `#${idRevenu(code.toLowerCase())}` : ''}`),
  equipements: () => lien('equipements/'),
  programmes: () => lien('programmes/'),
  programme: (id: string) => lien(`programmes/${id}/`),
  equipement: (id: string) => lien(`equipements/#eq-${id}`),
  recherche: (q?: string) => lien(`recherche/${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  donnees: () => lien('donnees/'),
  methodologie: () => lien('methodologie/'),
  accessibilite: () => lien('accessibilite/'),
  mentions: () => lien('mentions-legales/'),
  glossaire: (terme?: string) => lien(`glossaire/${terme ? `#${terme}` : ''}`),
  signaler: () => lien('signaler-une-erreur/'),
};

/** Absolute URL when the site URL is set (canonical, Open Graph, sitemap). */
export function urlAbsolue(chemin: string): string | undefined {
  return reglages.url ? new URL(chemin, reglages.url).href : undefined;
}
