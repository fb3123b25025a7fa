import { donnees } from '../../lib/site/donnees.ts';
import { colonnesQuartiers, lignesQuartiers } from '../../lib/donnees/exports.ts';
import { versCsv } from '../../lib/donnees/csv.ts';

export function GET() {
  return new Response(versCsv(colonnesQuartiers, lignesQuartiers(donnees())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
