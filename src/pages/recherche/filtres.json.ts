// The long lists of filter values (communes, quartiers), made at build time and fetched when the filter panel
// opens: written into the page, they would weigh on every search (30 KB compressed at 1,500 fiches).
import { donnees } from '../../lib/site/donnees.ts';
import { nomEtCode } from '../../lib/site/ancres.ts';

export function GET(): Response {
  const m = donnees();
  const valeurs = { commune: m.communes.map((c) => c.nom), quartier: m.quartiers.map((q) => nomEtCode(q.nom, q.code)) };
  return new Response(JSON.stringify(valeurs), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
