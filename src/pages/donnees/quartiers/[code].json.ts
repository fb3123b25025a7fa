import { donnees } from '../../../lib/site/donnees.ts';
import { quartierPublie } from '../../../lib/donnees/exports.ts';
import type { QuartierVue } from '../../../lib/site/modele.ts';

export function getStaticPaths() {
  return donnees().quartiers.map((q) => ({ params: { code: q.slug }, props: { q } }));
}

export function GET({ props }: { props: { q: QuartierVue } }) {
  return new Response(JSON.stringify(quartierPublie(props.q), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
