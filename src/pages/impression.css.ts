// The site's title in the running header of every printed page: a stylesheet made from territoire.yaml, since CSS
// cannot read it from the page into @page margin boxes in Chromium (and the CSP forbids inline styles).
import { donnees } from '../lib/site/donnees.ts';
import type { APIRoute } from 'astro';
import { enteteImpression } from '../lib/site/impression.ts';

export const GET: APIRoute = () => new Response(enteteImpression({ site: donnees().territoire.titreSite }), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
