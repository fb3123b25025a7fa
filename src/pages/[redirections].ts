// dist/_redirects (Astro ignores page files whose name starts with « _ », so the name is this route's one parameter).
import type { APIRoute } from 'astro';
import { donnees } from '../lib/site/donnees.ts';
import { lien } from '../lib/site/liens.ts';
import { redirectionsCodes } from '../lib/publication/redirections.ts';

export function getStaticPaths() {
  return [{ params: { redirections: '_redirects' } }];
}

export const GET: APIRoute = () => new Response(redirectionsCodes(donnees().quartiers, lien), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
