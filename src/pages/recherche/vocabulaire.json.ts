// The words « Vouliez-vous dire … ? » chooses from, made once at build time (see src/lib/recherche/vocabulaire.ts).
import { donnees } from '../../lib/site/donnees.ts';
import { vocabulaire } from '../../lib/recherche/vocabulaire.ts';

export function GET(): Response {
  return new Response(JSON.stringify(vocabulaire(donnees())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
