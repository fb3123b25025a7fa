import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quartier } from '../../../../src/schemas/index.ts';
import { construireModele } from '../../../../src/lib/site/modele.ts';
import { equipementsDeLaCommune, grouperEquipements, indexEquipements, typeSiNouveau } from '../../../../src/lib/site/index-equipements.ts';
import { quartierMinimal } from '../../quartier-minimal.ts';
import { lensLievin } from '../../territoires.ts';

const eq = (id: string, nom: string, commune: string, domaine: 'C' | 'F' | 'D') => ({ id, nom, commune, domaine });
const fiche = (code: string, communes: string[], equipements: Quartier['equipements']): Quartier => ({ ...quartierMinimal, code, nom: `Q ${code}`, communes, equipements });
const officielles: Record<string, string> = { '62498': 'Lens', '62510': 'Liévin', '62032': 'Angres' };
const officielle = (code: string) => (officielles[code] ? { code, nom: officielles[code]!, departement: '62', population: 1000 } : undefined);

const piscine = { ...eq('piscine', 'Piscine', '62498', 'F'), perimetre: 'limite' as const };
const stade = eq('stade', 'Stade', '62498', 'F');
const ecole = eq('ecole', 'École Jaurès', '62498', 'C');
const creche = eq('creche', 'Crèche', '62498', 'D');
const college = eq('college', 'Collège', '62510', 'C');
const m = construireModele(
  [
    fiche('QP062026', ['62498'], [piscine, creche]),
    fiche('QP062025', ['62498'], [stade, piscine, ecole]),
    fiche('QP062028', ['62510'], [college]),
    fiche('QP062002', ['62032'], []),
  ],
  officielle,
  () => true,
  { territoire: lensLievin },
);
const noms = (r: { domaines: [string, { nom: string }[]][] }) => r.domaines.map(([d, l]) => [d, l.map((e) => e.nom)]);

test('l’index garde chaque commune qui a des équipements, chaque équipement une fois', () => {
  const { communes, domaines } = indexEquipements(m);
  assert.deepEqual(communes.map((c) => [c.commune.nom, c.total]), [['Lens', 4], ['Liévin', 1]]);
  const ids = communes.flatMap((c) => c.rattachements.flatMap((r) => r.domaines.flatMap(([, l]) => l.map((e) => e.id))));
  assert.deepEqual([...ids].sort(), ['college', 'creche', 'ecole', 'piscine', 'stade']);
  assert.deepEqual(domaines, [['C', 2], ['D', 1], ['F', 2]]);
});

test('dans une commune : un groupe par liste de quartiers servis, puis les domaines de A à G, les équipements par nom', () => {
  const lens = indexEquipements(m).communes[0]!;
  assert.deepEqual(lens.rattachements.map((r) => [r.quartiers, r.total]), [[['QP062025'], 2], [['QP062025', 'QP062026'], 1], [['QP062026'], 1]]);
  assert.deepEqual(noms(lens.rattachements[0]!), [['C', ['École Jaurès']], ['F', ['Stade']]]);
  assert.deepEqual(noms(lens.rattachements[1]!), [['F', ['Piscine']]]);
});

test('une commune dont tous les équipements servent les mêmes quartiers n’a qu’un groupe', () => {
  assert.deepEqual(indexEquipements(m).communes[1]!.rattachements.map((r) => r.quartiers), [['QP062028']]);
  assert.deepEqual(grouperEquipements([]), []);
});

test('la page d’une commune : ses équipements par domaine, chacun une fois, par nom, avec chaque fiche qui le liste et sa marque de périmètre', () => {
  const lens = equipementsDeLaCommune(m.commune.get('62498')!, m);
  assert.deepEqual(
    lens.map(([d, l]) => [d, l.map((e) => e.nom)]),
    [
      ['C', ['École Jaurès']],
      ['D', ['Crèche']],
      ['F', ['Piscine', 'Stade']],
    ],
  );
  assert.deepEqual(m.equipement.get('piscine')!.fiches, [
    { quartier: 'QP062025', perimetre: 'limite' },
    { quartier: 'QP062026', perimetre: 'limite' },
  ]);
  assert.deepEqual(m.equipement.get('stade')!.fiches, [{ quartier: 'QP062025' }]);
});

test('le type BPE en mots, sauf quand le nom le dit déjà', () => {
  assert.equal(typeSiNouveau({ nom: 'Ecole maternelle J.Prin', type_bpe: 'C101' }), undefined);
  assert.equal(typeSiNouveau({ nom: 'Jean Jaurès', type_bpe: 'C101' }), 'École maternelle');
});
