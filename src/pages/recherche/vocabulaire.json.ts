// The words « Vouliez-vous dire … ? » chooses from, made once at build time (see src/lib/recherche/vocabulaire.ts).
import { vocabulaireDuSite } from '../../lib/site/donnees.ts';

export function GET(): Response {
  return new Response(vocabulaireDuSite(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
