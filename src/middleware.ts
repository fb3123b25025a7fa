// Links the first use of each glossary term in every page to its entry (src/lib/site/liens-glossaire.ts), as Astro
// renders the page: the whole page is at hand here, before it is written, so that the build neither reads nor writes
// the pages a second time, and the development server shows the same links. Not on the glossary page itself.
import { defineMiddleware } from 'astro:middleware';
import { donnees } from './lib/site/donnees.ts';
import { liens } from './lib/site/liens.ts';
import { lierPremiersTermes, termesALier, type TermeALier } from './lib/site/liens-glossaire.ts';

let termes: TermeALier[] | undefined;

export const onRequest = defineMiddleware(async (contexte, suite) => {
  const reponse = await suite();
  if (!reponse.headers.get('content-type')?.startsWith('text/html') || contexte.url.pathname === liens.glossaire()) return reponse;
  // The same list for every page: its search index is built once (liens-glossaire.ts keeps it by list).
  termes ??= termesALier(donnees().glossaire);
  return new Response(lierPremiersTermes(await reponse.text(), termes, liens.glossaire), reponse);
});
