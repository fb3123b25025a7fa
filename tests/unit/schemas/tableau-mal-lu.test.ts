import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagnostic, tableauMalLu } from '../../../src/schemas/index.ts';
import { validerContenu } from '../../../src/lib/content/valider.ts';
import { formaterProbleme } from '../../../src/lib/content/probleme.ts';
import { avecTerritoire } from '../robustesse/outils.ts';

const tableau = {
  structure: 'incertaine',
  page: 127,
  remarque: 'En-têtes inventés par l’OCR.',
  lignes: [
    { libelle_source: "COURS DE VIE ET D'ÉVALUATION", cellules: [['Préparer un tissu associatif dynamique'], [], ['Lutter contre l’isolement']] },
    { cellules: [['Une cellule sans intitulé de ligne']], remarque: 'Première cellule vide.' },
  ],
};

test('un tableau mal lu valide : lignes telles qu’imprimées, cellules vides admises', () => {
  const r = tableauMalLu.safeParse(tableau);
  assert.equal(r.success, true, r.error?.message);
  assert.deepEqual(r.data!.lignes[0]!.cellules[1], []);
});

test('un intitulé de ligne de toute évidence mal lu peut porter un pilier, l’intitulé imprimé restant à côté', () => {
  const r = tableauMalLu.safeParse({ ...tableau, lignes: [{ libelle_source: 'CAHIER DE VIE ET RENOUVELLEMENT URBAIN', pilier: 'cadre-de-vie', cellules: [['Jardins']] }] });
  assert.equal(r.success, true);
  // Its axis is one of territoire.yaml's (checked by the validation's rules): here, an id must look like one.
  const faux = tableauMalLu.safeParse({ ...tableau, lignes: [{ pilier: 'Cadre de vie', cellules: [['Jardins']] }] });
  assert.equal(faux.success, false);
  assert.deepEqual(faux.error!.issues[0]!.path, ['lignes', 0, 'pilier']);
});

test('une ligne sans cellule et une structure inconnue sont refusées, avec le champ en cause', () => {
  const r = tableauMalLu.safeParse({ ...tableau, structure: 'fiable', lignes: [{ libelle_source: 'SANTE', cellules: [] }] });
  assert.equal(r.success, false);
  const parChamp = new Map(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
  assert.match(parChamp.get('structure')!, /structure : incertaine .*valeur trouvée : "fiable"/);
  assert.match(parChamp.get('lignes.0.cellules')!, /au moins une cellule/);
});

test('un tableau a une seule forme : piliers ou mal_lu, pas les deux, pas aucune', () => {
  const deux = diagnostic.safeParse({ piliers: [{ pilier: 'autre', atouts: ['x'] }], mal_lu: tableau });
  assert.equal(deux.success, false);
  assert.match(deux.error!.issues[0]!.message, /une seule forme/);
  const aucune = diagnostic.safeParse({ commune: '62498' });
  assert.equal(aucune.success, false);
});

// Through the validator, as `npm run validate` prints it: file, line and field.
const dossier = mkdtempSync(join(tmpdir(), 'mal-lu-'));
after(() => rmSync(dossier, { recursive: true, force: true }));

test('dans un fichier, chaque problème nomme le fichier, la ligne et le champ', () => {
  mkdirSync(join(dossier, 'quartiers'));
  avecTerritoire(dossier);
  const yaml = [
    'code: "QP062099"', //                        1
    'nom: "Essai"',
    'communes: [ "62570" ]',
    'communes_source: "Méricourt"',
    'population: 1640', //                        5
    'revenu_fiscal_median: 9500',
    'npnru: false',
    'source:',
    '  document: contrat-de-ville-2015-2020',
    '  page: 127', //                            10
    'diagnostics:',
    '  - commune: "62570"',
    '    mal_lu:',
    '      structure: illisible',
    '      page: 127', //                        15
    '      remarque: "En-têtes inventés."',
    '      lignes:',
    '        - libelle_source: "SANTE"',
    '          cellules: []',
    '',
  ].join('\n');
  writeFileSync(join(dossier, 'quartiers', 'qp062099.yaml'), yaml);
  const { problemes } = validerContenu(dossier, dossier);
  const lignes = problemes.map(formaterProbleme).sort();
  assert.equal(lignes.length, 2, lignes.join('\n'));
  assert.match(lignes[0]!, /^quartiers\/qp062099\.yaml:14: diagnostics\.0\.mal_lu\.structure: structure : incertaine/);
  assert.match(lignes[1]!, /^quartiers\/qp062099\.yaml:19: diagnostics\.0\.mal_lu\.lignes\.0\.cellules: cellules : une ligne a au moins une cellule/);
});
