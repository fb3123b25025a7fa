import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { messageErreurYaml } from '../../../../src/lib/content/erreurs-yaml.ts';
import { cleLaPlusProche, clesDuBloc } from '../../../../src/lib/content/schema-au-chemin.ts';
import { programme, quartier } from '../../../../src/schemas/index.ts';

/** The French messages the parser's errors on `texte` give, with their codes. */
const messages = (texte: string) =>
  parseDocument(texte, { version: '1.2', uniqueKeys: true, prettyErrors: false, strict: true }).errors.map((e) => [e.code, messageErreurYaml(e)] as const);

test('chaque erreur de syntaxe courante est dite en français, avec sa correction', () => {
  const cas: [string, string, RegExp][] = [
    ['nom: Cité 4 : Avion\n', 'BLOCK_AS_IMPLICIT_KEY', /mettez la valeur entre guillemets/],
    ['nom: "Cité 4\ncode: "QP"\n', 'MISSING_CHAR', /guillemet fermant manquant/],
    ["nom: 'Cité 4\ncode: x\n", 'MISSING_CHAR', /apostrophe fermante manquante/],
    ['communes:\n  - "62498"\n   - "62510"\n', 'BAD_INDENT', /alignez-les/],
    ['source:\n\tpage: 3\n', 'TAB_AS_INDENT', /remplacez chaque tabulation par deux espaces/],
    ['nom:Cité\ncode: x\n', 'MULTILINE_IMPLICIT_KEY', /un deux-points et d'une espace/],
    ['nom: x\n---\nnom: y\n', 'MULTIPLE_DOCS', /retirez la ligne ---/],
  ];
  for (const [texte, code, attendu] of cas) {
    const [premier] = messages(texte);
    assert.equal(premier?.[0], code, texte);
    assert.match(premier![1], attendu, texte);
    assert.doesNotMatch(premier![1], /\b(must|allowed|Missing|Nested)\b/, 'pas de jargon anglais');
  }
});

test('une clé mal écrite trouve la plus proche, et seulement si elle est proche', () => {
  const { toutes } = clesDuBloc(quartier, []);
  assert.equal(cleLaPlusProche('populaton', toutes), 'population');
  assert.equal(cleLaPlusProche('Communes', toutes), 'communes');
  assert.equal(cleLaPlusProche('revenu_median', toutes), undefined);
  assert.equal(cleLaPlusProche('adrese', clesDuBloc(quartier, ['equipements', 0]).toutes), 'adresse');
});

test('un bloc nomme ses clés obligatoires, à travers listes, options et sortes de programmes', () => {
  assert.deepEqual(clesDuBloc(quartier, ['source']).obligatoires, ['document', 'page']);
  assert.deepEqual(clesDuBloc(quartier, ['equipements', 3]).obligatoires, ['id', 'nom', 'commune', 'domaine']);
  assert.ok(clesDuBloc(programme, []).toutes.includes('quartier'));
  assert.deepEqual(clesDuBloc(quartier, ['inexistant']), { toutes: [], obligatoires: [] });
});
