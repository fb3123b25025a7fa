import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributRang, rang } from '../../../src/lib/recherche/rang.ts';
import { TYPES } from '../../../src/lib/recherche/constantes.ts';

test('les résultats non classés viennent par sorte (communes, quartiers, programmes, pages, équipements, définitions), puis par nom', () => {
  const cles = [
    rang(TYPES.definition, 'QPV'),
    rang(TYPES.equipement, 'Avion F'),
    rang('Page', 'Méthodologie'),
    rang(TYPES.commune, 'Éleu-dit-Leauwette'),
    rang(TYPES.quartier, 'Résidence Les Cytises (QP062025)'),
    rang(TYPES.equipement, 'Angres C'),
    rang(TYPES.programme, 'NPNRU'),
    rang(TYPES.commune, 'Angres'),
    rang(TYPES.quartier, 'Cité 4 (QP062030)'),
  ];
  assert.deepEqual([...cles].sort(), [
    '0 angres',
    '0 eleu-dit-leauwette',
    '1 cite 4 (qp062030)',
    '1 residence les cytises (qp062025)',
    '2 npnru',
    '3 methodologie',
    '4 angres c',
    '4 avion f',
    '5 qpv',
  ]);
});

test('une sorte inconnue vient en dernier ; la clé est celle que lit la page de recherche', () => {
  assert.equal(rang('Autre', 'Œuvre'), '6 oeuvre');
  assert.equal(attributRang(TYPES.commune, 'Liévin'), 'rang:0 lievin');
});
