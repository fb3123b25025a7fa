import { donnees } from '../../lib/site/donnees.ts';
import { colonnesEquipements, lignesEquipements } from '../../lib/donnees/exports.ts';
import { versCsv } from '../../lib/donnees/csv.ts';

export function GET() {
  return new Response(versCsv(colonnesEquipements, lignesEquipements(donnees())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
