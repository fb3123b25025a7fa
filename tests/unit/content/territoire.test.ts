import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chargerTerritoire } from '../../../src/lib/content/valider.ts';
import { codeQuartier, generationDuCode } from '../../../src/schemas/codes.ts';
import type { Probleme } from '../../../src/lib/content/probleme.ts';
import type { Territoire } from '../../../src/schemas/territoire.ts';
import { anneePopulation, documentScanne, precisionPopulation, unDocumentScanne } from '../../../src/lib/site/territoire.ts';

const BON = `nom: "Communauté d'Agglomération du Douaisis"
nom_court: "Douaisis"
epci: "200044618"
contrat:
  titre: "Contrat de ville 2024-2030"
sources:
  - id: contrat-de-ville
    titre: "Contrat de ville du Douaisis"
`;

function lire(texte: string | undefined): { problemes: Probleme[]; t: unknown } {
  const racine = mkdtempSync(join(tmpdir(), 'territoire-'));
  mkdirSync(racine, { recursive: true });
  if (texte !== undefined) writeFileSync(join(racine, 'territoire.yaml'), texte);
  const problemes: Probleme[] = [];
  const t = chargerTerritoire(racine, racine, problemes);
  return { problemes, t };
}

test('a valid territory file is read', () => {
  const { problemes, t } = lire(BON);
  assert.deepEqual(problemes, []);
  assert.equal((t as { nom_court: string }).nom_court, 'Douaisis');
});

test('an EPCI missing from the official list is refused on its field and line', () => {
  const { problemes, t } = lire(BON.replace('200044618', '999999999'));
  assert.equal(t, undefined);
  assert.equal(problemes.length, 1);
  assert.deepEqual([problemes[0]?.fichier, problemes[0]?.chemin, problemes[0]?.ligne], ['territoire.yaml', 'epci', 3]);
  assert.match(problemes[0]?.message ?? '', /999999999/);
});

test('a missing key is named', () => {
  const { problemes } = lire(BON.replace(/^nom_court:.*\n/m, ''));
  assert.deepEqual(problemes.map((p) => [p.fichier, p.chemin]), [['territoire.yaml', 'nom_court']]);
});

test('a missing file is refused', () => {
  const { problemes } = lire(undefined);
  assert.equal(problemes[0]?.fichier, 'territoire.yaml');
  assert.match(problemes[0]?.message ?? '', /manquant/);
});

test('both generations of quartier codes are accepted, others refused', () => {
  for (const c of ['QP062025', 'QN05901M', 'QN02A01N', 'QN97101I']) assert.ok(codeQuartier.safeParse(c).success, c);
  for (const c of ['QN0590M', 'qn05901m', 'QP06202', 'QN05901m']) assert.ok(!codeQuartier.safeParse(c).success, c);
  assert.equal(generationDuCode('QN05901M'), 2024);
  assert.equal(generationDuCode('QP062025'), 2015);
});

test('a contract whose title gives no years must write its period', () => {
  const { problemes } = lire(BON.replace('Contrat de ville 2024-2030', 'Contrat de ville'));
  assert.deepEqual(problemes.map((p) => [p.chemin, p.ligne]), [['contrat.debut', 5]]);
  assert.deepEqual(lire(BON.replace('Contrat de ville 2024-2030"', 'Contrat de ville"\n  debut: "2024-01-01"\n  fin: "2030-12-31"')).problemes, []);
});

test('two sources with one id are refused on the second', () => {
  const { problemes } = lire(`${BON}  - id: contrat-de-ville\n    titre: "Autre document"\n`);
  assert.deepEqual(problemes.map((p) => [p.chemin, p.ligne]), [['sources.1.id', 9]]);
  assert.match(problemes[0]?.message ?? '', /déclaré deux fois/);
});

test('what the fiches print is read when given: source of the populations, low-income threshold, scanned document', () => {
  const texte = BON.replace('  titre: "Contrat de ville 2024-2030"\n', '  titre: "Contrat de ville 2024-2030"\n  population: "Filosofi 2019"\n  seuil_bas_revenu: 12000\n').replace(
    '    titre: "Contrat de ville du Douaisis"\n',
    '    titre: "Contrat de ville du Douaisis"\n    scanne: true\n',
  );
  const { problemes, t } = lire(texte);
  assert.deepEqual(problemes, []);
  const lu = t as Territoire;
  assert.deepEqual([lu.contrat.population, lu.contrat.seuil_bas_revenu, lu.sources[0]?.scanne], ['Filosofi 2019', 12000, true]);
  assert.equal(anneePopulation(lu), '2019');
  assert.equal(precisionPopulation(lu), ' (Filosofi 2019)');
  assert.equal(documentScanne(lu, 'contrat-de-ville'), true);
  assert.equal(documentScanne(lu, 'autre'), false);
  assert.equal(unDocumentScanne(lu), true);
  // None of them is required: the site then says nothing of them.
  const sans = lire(BON).t as Territoire;
  assert.deepEqual([anneePopulation(sans), precisionPopulation(sans), unDocumentScanne(sans)], [undefined, '', false]);
});

test('a threshold written as printed (« 11 250 € ») is refused on its field and line, with how to write it', () => {
  const { problemes } = lire(BON.replace('  titre: "Contrat de ville 2024-2030"\n', '  titre: "Contrat de ville 2024-2030"\n  seuil_bas_revenu: "11 250 €"\n'));
  assert.deepEqual(problemes.map((p) => [p.fichier, p.chemin, p.ligne]), [['territoire.yaml', 'contrat.seuil_bas_revenu', 6]]);
  assert.match(problemes[0]?.message ?? '', /11250/);
  const scanne = lire(BON.replace('    titre: "Contrat de ville du Douaisis"\n', '    titre: "Contrat de ville du Douaisis"\n    scanne: "oui"\n')).problemes;
  assert.deepEqual(scanne.map((p) => p.chemin), ['sources.0.scanne']);
  assert.match(scanne[0]?.message ?? '', /true ou false/);
});

test('a source url that is not http(s), and an axis or an indicator declared twice, are refused on their field and line', () => {
  const url = lire(BON.replace('    titre: "Contrat de ville du Douaisis"\n', '    titre: "Contrat de ville du Douaisis"\n    url: "ftp://exemple.fr/contrat.pdf"\n')).problemes;
  assert.deepEqual(url.map((p) => [p.fichier, p.chemin, p.ligne]), [['territoire.yaml', 'sources.0.url', 9]]);
  assert.match(url[0]?.message ?? '', /http:\/\/ ou https:\/\//);
  const modele = `diagnostic:
  titre: "Enjeux du quartier"
  colonnes: { atouts: "Forces", faiblesses: "Fragilités", perspectives: "Orientations" }
  axes:
    - { id: emploi, libelle: "Emploi" }
    - { id: emploi, libelle: "Emploi et insertion" }
indicateurs:
  titre: "Chiffres clés"
  liste:
    - { id: taux-pauvrete, libelle: "Taux de pauvreté", unite: "%" }
    - { id: taux-pauvrete, libelle: "Taux de pauvreté (bis)", unite: "%" }
`;
  const doubles = lire(BON.replace('sources:\n', `${modele}sources:\n`)).problemes;
  assert.deepEqual(doubles.map((p) => [p.chemin, p.ligne]), [['diagnostic.axes.1.id', 11], ['indicateurs.liste.1.id', 16]]);
  assert.match(doubles[0]?.message ?? '', /axe « emploi » déclaré deux fois/);
  // Written out, with its own url and page offset, a source is read as declared.
  const { problemes, t } = lire(BON.replace('    titre: "Contrat de ville du Douaisis"\n', '    titre: "Contrat de ville du Douaisis"\n    url: "https://exemple.fr/contrat.pdf"\n    decalage_pages: 2\n'));
  assert.deepEqual(problemes, []);
  assert.deepEqual((t as Territoire).sources[0], { id: 'contrat-de-ville', titre: 'Contrat de ville du Douaisis', url: 'https://exemple.fr/contrat.pdf', decalage_pages: 2 });
});
