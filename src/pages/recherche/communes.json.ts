// The communes' names, fetched by the search page for a query of several words, to tell a quartier typed with its
// commune (« camus angres »); written into the page, they would weigh on every search, single words included.
import { donnees } from '../../lib/site/donnees.ts';

export function GET(): Response {
  return new Response(JSON.stringify(donnees().communes.map((c) => c.nom)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
