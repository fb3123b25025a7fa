// Loading the glossaries (lib/content/valider.ts: chargerGlossaire) and the rules between the general one and a
// territory's own (lib/content/regles-glossaire.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chargerGlossaire, GLOSSAIRE_COMMUN } from '../../../../src/lib/content/valider.ts';
import { formaterProbleme, type Probleme } from '../../../../src/lib/content/probleme.ts';

const projet = mkdtempSync(join(tmpdir(), 'glossaire-'));
test.after(() => rmSync(projet, { recursive: true, force: true }));

const COMMUN = `entrees:
  - id: "ccas"
    terme: "CCAS"
    definition: "Service public de la commune pour l’aide sociale."
  - id: "routes"
    terme: "RD, RN"
    sigles: ["RD", "RN"]
    definition: "Routes départementales et nationales."
sigles_incertains:
  - sigle: "MCS"
    contexte: "un service"
`;

/** Loads a content folder holding `propre` (no glossaire.yaml when undefined) against the general glossary `commun`. */
function charger(propre: string | undefined, commun = COMMUN) {
  const dossier = mkdtempSync(join(projet, 'c-'));
  mkdirSync(join(dossier, 'contenu'));
  writeFileSync(join(dossier, 'commun.yaml'), commun);
  if (propre !== undefined) writeFileSync(join(dossier, 'contenu', 'glossaire.yaml'), propre);
  const problemes: Probleme[] = [];
  const glossaire = chargerGlossaire(join(dossier, 'contenu'), dossier, problemes, join(dossier, 'commun.yaml'));
  return { glossaire, problemes: problemes.map(formaterProbleme) };
}

test('sans glossaire.yaml, le territoire a le glossaire commun seul', () => {
  const { glossaire, problemes } = charger(undefined);
  assert.deepEqual(problemes, []);
  assert.deepEqual(glossaire!.entrees.map((e) => e.id), ['ccas', 'routes']);
});

test('le glossaire du projet et celui de Lens-Liévin se chargent sans problème', () => {
  const problemes: Probleme[] = [];
  const g = chargerGlossaire('tests/fixtures/lens-lievin', process.cwd(), problemes);
  assert.deepEqual(problemes, []);
  assert.equal(GLOSSAIRE_COMMUN, 'referentiel/glossaire.yaml');
  assert.ok(g!.entrees.some((e) => e.id === 'mds'), 'un sigle propre à Lens-Liévin');
  assert.equal(g!.sigles_incertains.length, 35);
});

test('les entrées du territoire remplacent les communes de même id, à leur place, et s’ajoutent après', () => {
  const { glossaire, problemes } = charger(`entrees:
  - id: "mds"
    terme: "MDS"
    definition: "Maison du Département Solidarité."
  - id: "ccas"
    terme: "CCAS"
    definition: "Le CCAS de la ville."
  - id: "mcs"
    terme: "MCS"
    definition: "Le sens que ce territoire connaît."
sigles_incertains:
  - sigle: "ZZX"
    contexte: "un sigle de ses fiches"
`);
  assert.deepEqual(problemes, []);
  assert.deepEqual(glossaire!.entrees.map((e) => [e.id, e.definition]), [
    ['ccas', 'Le CCAS de la ville.'],
    ['routes', 'Routes départementales et nationales.'],
    ['mds', 'Maison du Département Solidarité.'],
    ['mcs', 'Le sens que ce territoire connaît.'],
  ]);
  // MCS, explained by the territory, is no longer uncertain.
  assert.deepEqual(glossaire!.sigles_incertains.map((s) => s.sigle), ['ZZX']);
});

test('un glossaire invalide est refusé avec son fichier, sa ligne et son champ', () => {
  const { glossaire, problemes } = charger(`entrees:
  - id: "mds"
    terme: "MDS"
    definition: "Le {departement}."
    sigle: ["MDS"]
`);
  assert.equal(glossaire, undefined);
  assert.equal(problemes.length, 2);
  assert.match(problemes[0]!, /^contenu\/glossaire\.yaml:4: entrees\.0\.definition: variable inconnue « \{departement\} »/);
  assert.match(problemes[1]!, /^contenu\/glossaire\.yaml:5: entrees\.0\.sigle: clé inconnue « sigle » : vouliez-vous dire « sigles » \?$/);
  // The general file is checked the same way.
  const commun = charger(undefined, 'entrees:\n  - id: "ccas"\n    terme: "CCAS"\n');
  assert.equal(commun.glossaire, undefined);
  assert.match(commun.problemes[0]!, /^commun\.yaml:2: entrees\.0\.definition: champ obligatoire manquant : definition/);
  assert.match(charger('entrees: [\n').problemes[0]!, /^contenu\/glossaire\.yaml:\d+: /);
  const sans: Probleme[] = [];
  assert.equal(chargerGlossaire(projet, projet, sans, join(projet, 'absent.yaml')), undefined);
  assert.deepEqual(sans.map(formaterProbleme), ['absent.yaml:1: (fichier): fichier manquant : le glossaire commun du projet (referentiel/glossaire.yaml) ; lancez la commande depuis la racine du projet']);
});

test('un mot déjà expliqué par une autre entrée commune, ou un sigle incertain déjà connu, est refusé à sa ligne', () => {
  const { glossaire, problemes } = charger(`entrees:
  - id: "route-departementale"
    terme: "RD"
    definition: "Route départementale."
sigles_incertains:
  - sigle: "CCAS"
    contexte: "x"
  - sigle: "MCS"
    contexte: "y"
`);
  assert.equal(glossaire, undefined);
  assert.deepEqual(problemes, [
    'contenu/glossaire.yaml:2: entrees.0.id: « RD » est déjà expliqué par l’entrée « routes » du glossaire commun : donnez à la vôtre l’id "routes" pour la remplacer, ou retirez-la',
    'contenu/glossaire.yaml:6: sigles_incertains.0.sigle: sigle « CCAS » expliqué par l’entrée « ccas » du glossaire commun : retirez-le des sigles incertains, ou remplacez l’entrée (même id)',
    'contenu/glossaire.yaml:8: sigles_incertains.1.sigle: sigle « MCS » déjà listé dans les sigles incertains du glossaire commun : retirez cette ligne',
  ]);
});
