import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lireRedirections, redirectionsCodes } from '../../../../src/lib/publication/redirections.ts';

const sous = (chemin: string) => `/qpv/${chemin}`;

test('une règle par fiche, du code en capitales au dossier en minuscules, sous le chemin de base, relue telle quelle', () => {
  const texte = redirectionsCodes([{ code: 'QP062019', slug: 'qp062019' }, { code: 'QN05901M', slug: 'qn05901m' }], sous);
  assert.equal(texte, '/qpv/quartiers/QP062019/ /qpv/quartiers/qp062019/ 301\n/qpv/quartiers/QN05901M/ /qpv/quartiers/qn05901m/ 301\n');
  const regles = lireRedirections(texte);
  assert.deepEqual(regles.get('/qpv/quartiers/QP062019/'), { vers: '/qpv/quartiers/qp062019/', statut: 301 });
  // Never a rule from the folder to itself (a loop on a host that matches paths ignoring case).
  assert.equal(regles.has('/qpv/quartiers/qp062019/'), false);
});

test('la lecture suit le format des hôtes : commentaires, statut par défaut 301, la première règle d’un chemin l’emporte', () => {
  const regles = lireRedirections('# commentaire\n\n/a /b\n/a /c 302\n  /d   /e   302  \n');
  assert.deepEqual([...regles], [['/a', { vers: '/b', statut: 301 }], ['/d', { vers: '/e', statut: 302 }]]);
});
