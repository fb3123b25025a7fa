// The site's title in the running header of every printed page: a stylesheet made from territoire.yaml, since CSS
// cannot read it from the page into @page margin boxes in Chromium (and the CSP forbids inline styles).
import type { APIRoute } from 'astro';
import { enteteImpression } from '../lib/site/impression.ts';
import { reglages } from '../site.config.ts';

export const GET: APIRoute = () => new Response(enteteImpression({ site: reglages.titre }), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
