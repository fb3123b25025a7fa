// The running header of a printed fiche, over the site-wide one (../../impression.css.ts): CSS cannot read the page's title into @page margin boxes in Chromium,
// so each fiche links a tiny print stylesheet that names it.
import type { APIRoute } from 'astro';
import { donnees } from '../../../lib/site/donnees.ts';
import { enteteImpression } from '../../../lib/site/impression.ts';
import { reglages } from '../../../site.config.ts';

export function getStaticPaths() {
  return donnees().quartiers.map((q) => ({ params: { code: q.slug }, props: { nom: q.nom, code: q.code } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(enteteImpression({ titre: `${props.nom} (${props.code})`, site: donnees().territoire.titreSite, date: reglages.construitLe }), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
