import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { glossaire } from '../../../src/schemas/glossaire.ts';

const erreurs = (data: unknown) => {
  const r = glossaire.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const entree = { id: 'ccas', terme: 'CCAS', definition: 'Service public de la commune pour l’aide sociale.' };

test('le glossaire commun, celui de Lens-Liévin et celui du Douaisis sont valides', () => {
  for (const f of ['referentiel/glossaire.yaml', 'tests/fixtures/lens-lievin/glossaire.yaml', 'tests/fixtures/territoire-exemple-douaisis/glossaire.yaml']) {
    assert.deepEqual(erreurs(parse(readFileSync(f, 'utf8'))), [], f);
  }
  // Both lists may be left out: a territory may only list uncertain acronyms, or only entries.
  assert.deepEqual(glossaire.parse({}), { entrees: [], sigles_incertains: [] });
});

test('une définition est un texte ou une liste de phrases, conditionnelles ou non', () => {
  const definition = ['Limite officielle.', { texte: 'Certains équipements sont « hors » du périmètre.', si: 'quartiers.equipements.perimetre=hors' }, { texte: 'Le code {code_qn}.', si: ['debut_contrat>=2024', 'territoire.contrat.population~RFL'] }];
  assert.deepEqual(erreurs({ entrees: [{ ...entree, definition, site: ['quartiers.equipements', 'programmes.type=gusp'] }] }), []);
  assert.deepEqual(erreurs({ entrees: [{ ...entree, site: 'toujours', resume: 'CCAS' }] }), []);
});

test('un id en double, une variable ou une condition inconnue, une clé inconnue sont refusés, au bon champ', () => {
  assert.deepEqual(erreurs({ entrees: [entree, { ...entree, terme: 'Centre' }] }), ['entrees.1.id: id « ccas » déjà pris par une autre entrée du fichier : fusionnez les deux ou changez l’un des id']);
  const [variable] = erreurs({ entrees: [{ ...entree, definition: ['Par exemple {code}.'] }] });
  assert.match(variable!, /^entrees\.0\.definition\.0: variable inconnue « \{code\} » : écrivez l’une de \{code_qp\}, \{code_qn\}/);
  const [condition] = erreurs({ entrees: [{ ...entree, site: ['fiches.equipements'] }] });
  assert.match(condition!, /^entrees\.0\.site\.0: une condition : un chemin de clés du contenu .* \(valeur trouvée : "fiches\.equipements"\)$/);
  assert.match(erreurs({ entrees: [{ ...entree, site: 'parfois' }] })[0]!, /^entrees\.0\.site: site : "toujours", ou une condition : un chemin/);
  assert.deepEqual(erreurs({ entrees: [{ ...entree, site: 'quartiers.equipements' }] }), []);
  assert.deepEqual(erreurs({ entrees: [{ id: 'ccas', terme: 'CCAS', definitoin: 'x' }] }).map((e) => e.split(':')[0]), ['entrees.0.definition', 'entrees.0'], 'la définition manquante et la clé inconnue');
  assert.match(erreurs({ entrees: [{ id: 'Ccas!', terme: 'CCAS', definition: 'x' }] })[0]!, /^entrees\.0\.id: /);
});

test('un sigle incertain est en capitales, listé une fois, et pas aussi expliqué par une entrée', () => {
  assert.match(erreurs({ sigles_incertains: [{ sigle: 'mcs', contexte: 'x' }] })[0]!, /^sigles_incertains\.0\.sigle: un sigle en capitales/);
  assert.deepEqual(erreurs({ sigles_incertains: [{ sigle: 'MCS', contexte: 'x' }, { sigle: 'MCS', contexte: 'y' }] }), ['sigles_incertains.1.sigle: sigle « MCS » déjà listé : retirez l’une des deux lignes']);
  assert.deepEqual(erreurs({ entrees: [entree], sigles_incertains: [{ sigle: 'CCAS', contexte: 'x' }] }), [
    'sigles_incertains.0.sigle: sigle « CCAS » à la fois expliqué par une entrée et incertain : retirez-le de l’une des deux listes',
  ]);
});
