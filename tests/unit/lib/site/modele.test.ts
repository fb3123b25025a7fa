import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quartier } from '../../../../src/schemas/index.ts';
import { construireModele, filtreListe, listesDeRecherche, parCommune, parDomaine, partDesCommunes } from '../../../../src/lib/site/modele.ts';
import { lensLievin } from '../../territoires.ts';

const q = (code: string, revenu: number, communes: string[], equipements: Quartier['equipements'] = []): Quartier => ({
  code,
  nom: `Quartier ${code}`,
  communes,
  communes_source: communes.join(' / '),
  population: 1000,
  revenu_fiscal_median: revenu,
  npnru: false,
  source: { document: 'contrat-de-ville-2015-2020', page: 1 },
  equipements,
});
const communes: Record<string, { nom: string; population: number }> = {
  '62498': { nom: 'Lens', population: 30000 },
  '62510': { nom: 'Liévin', population: 20000 },
};
const officielle = (code: string) => (communes[code] ? { code, departement: '62', ...communes[code]! } : undefined);
const piscine = { id: 'piscine-lens', nom: 'Piscine', commune: '62498', domaine: 'F' as const };
const ecole = { id: 'ecole-lievin', nom: 'École', commune: '62510', domaine: 'C' as const };

const m = construireModele(
  [q('QP062026', 9500, ['62498'], [piscine]), q('QP062025', 7100, ['62498', '62510'], [piscine, ecole]), q('QP062030', 8600, ['62510'])],
  officielle,
  () => true,
  { territoire: lensLievin },
);

test('les quartiers sont triés par code, avec rang de revenu et voisins', () => {
  assert.deepEqual(m.quartiers.map((x) => x.code), ['QP062025', 'QP062026', 'QP062030']);
  assert.equal(m.quartier.get('QP062025')!.rangRevenu, 1);
  assert.equal(m.quartier.get('QP062026')!.rangRevenu, 3);
  assert.equal(m.quartier.get('QP062026')!.egauxRevenu, 0);
  assert.equal(m.quartier.get('QP062026')!.precedent, 'QP062025');
  assert.equal(m.quartier.get('QP062030')!.suivant, undefined);
  assert.deepEqual(m.totaux.revenu, { min: 7100, mediane: 8600, max: 9500 });
});

test('un équipement partagé apparaît une fois avec tous ses quartiers', () => {
  assert.equal(m.equipements.length, 2);
  assert.deepEqual(m.equipement.get('piscine-lens')!.quartiers, ['QP062025', 'QP062026']);
  assert.deepEqual(m.commune.get('62498')!.equipements, ['piscine-lens']);
});

test('chaque commune connaît ses quartiers', () => {
  assert.deepEqual(m.commune.get('62510')!.quartiers, ['QP062025', 'QP062030']);
  assert.equal(m.communes[0]!.nom, 'Lens');
});

test('part de la population des communes', () => {
  assert.equal(partDesCommunes(m.quartier.get('QP062025')!, m), 1000 / 50000);
});

test('regroupement par domaine BPE dans l’ordre A→G', () => {
  assert.deepEqual(parDomaine([piscine, ecole, piscine]).map(([d, items]) => [d, items.length]), [['C', 1], ['F', 2]]);
});

test('deux communes homonymes ont des adresses distinctes', () => {
  const homonymes: Record<string, string> = { '59527': 'Saint-Aubin', '62743': 'Saint-Aubin' };
  const m2 = construireModele(
    [q('QP062001', 9000, ['59527']), q('QP062003', 9000, ['62743'])],
    (code) => (homonymes[code] ? { code, nom: homonymes[code]!, population: 500, departement: code.slice(0, 2) } : undefined),
    () => false,
    { territoire: lensLievin },
  );
  assert.deepEqual(m2.communes.map((c) => c.slug).sort(), ['saint-aubin', 'saint-aubin-62743']);
});

test('parCommune range les quartiers par leur première commune, puis par nom', () => {
  const m2 = construireModele(
    [q('QP062030', 8600, ['62510']), q('QP062026', 9500, ['62498']), q('QP062020', 9000, ['62510', '62498']), q('QP062025', 7100, ['62498', '62510'])],
    officielle,
    () => true,
    { territoire: lensLievin },
  );
  // Lens before Liévin; within Lens, « Quartier QP062025 » before « Quartier QP062026 ».
  assert.deepEqual(parCommune(m2.quartiers, m2).map((x) => x.code), ['QP062025', 'QP062026', 'QP062020', 'QP062030']);
});

test('la recherche filtre par liste de quartiers seulement quand le territoire a des codes des deux générations', () => {
  assert.deepEqual(listesDeRecherche(['QP062025', 'QP062026']), []);
  assert.deepEqual(listesDeRecherche(['QN05901M', 'QN05902K']), []);
  assert.deepEqual(listesDeRecherche([]), []);
  assert.deepEqual(listesDeRecherche(['QN05901M', 'QP059990']), ['QPV 2015', 'Quartiers 2030']);
  assert.deepEqual(m.listes, []);
  const mixte = { listes: listesDeRecherche(['QN05901M', 'QP059990']) };
  assert.deepEqual(filtreListe(['QN05901M'], mixte), ['Quartiers 2030']);
  assert.deepEqual(filtreListe(['QP059990'], mixte), ['QPV 2015']);
  assert.deepEqual(filtreListe(['QN05902K', 'QP059990', 'QN05901M'], mixte), ['QPV 2015', 'Quartiers 2030']);
  assert.deepEqual(filtreListe([], mixte), []);
  // One list: no filter at all, whatever the codes.
  assert.deepEqual(filtreListe(['QP062025'], m), []);
});
