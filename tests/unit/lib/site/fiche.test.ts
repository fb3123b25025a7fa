import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  contexteFiche,
  fourchetteEnMots,
  graduations,
  lienSignalement,
  parRubriqueEtDomaine,
  parleDeCouleurs,
  colonnesBienLues,
  estNomDAxe,
  motAxe,
  rangEnMots,
  regrouperLignes,
  regrouperRepetitions,
  titreTableau,
} from '../../../../src/lib/site/fiche.ts';
import { douaisis, exemple2024, lensLievin } from '../../territoires.ts';
import { libelleAxe, libelleIndicateur, lienPageSource, nomRevenu } from '../../../../src/lib/site/territoire.ts';

test('un rang se dit depuis le bout le plus proche, sans médaille', () => {
  assert.equal(rangEnMots(1, 21), 'le plus bas des 21 quartiers');
  assert.equal(rangEnMots(2, 21), 'le 2e plus bas des 21 quartiers');
  assert.equal(rangEnMots(11, 21), 'le 11e plus bas des 21 quartiers');
  assert.equal(rangEnMots(12, 21), 'le 10e plus élevé des 21 quartiers');
  assert.equal(rangEnMots(21, 21), 'le plus élevé des 21 quartiers');
  assert.equal(rangEnMots(1500, 1500), 'le plus élevé des 1\u202f500 quartiers');
});

test('valeurs affichées en typographie française, la donnée gardant le texte imprimé', () => {
  assert.equal(fourchetteEnMots({ min: 85, unite: '%' }), 'plus de 85\u00a0%');
  assert.equal(fourchetteEnMots({ min: 25, max: 30, unite: '%' }), '25 à 30\u00a0%');
  assert.equal(fourchetteEnMots({ min: 0, max: 0, unite: '%' }), '0\u00a0%');
  assert.equal(fourchetteEnMots({ min: 90, max: 140, unite: 'nombre' }), '90 à 140');
});

test('les graduations partagent l’échelle en quatre pas', () => {
  assert.deepEqual(graduations(12_000), [0, 3000, 6000, 9000, 12_000]);
});

test('une suite de textes imprimés en boucle par l’OCR est montrée une fois, avec le compte et les numéros', () => {
  const textes = ['1. Renforcer', '2. Adapter', ...Array.from({ length: 96 }, (_, k) => `${k + 5}. Appuyer le développement`), 'Fin'];
  assert.deepEqual(regrouperRepetitions(textes), [
    { texte: '1. Renforcer', fois: 1 },
    { texte: '2. Adapter', fois: 1 },
    { texte: 'Appuyer le développement', fois: 96, numeros: [5, 100] },
    { texte: 'Fin', fois: 1 },
  ]);
  assert.deepEqual(regrouperRepetitions(['A', 'A', 'B', 'A']), [{ texte: 'A', fois: 2 }, { texte: 'B', fois: 1 }, { texte: 'A', fois: 1 }]);
  // Same words under non-consecutive numbers are different items.
  assert.equal(regrouperRepetitions(['1. Idem', '3. Idem']).length, 2);
});

test('les lignes identiques consécutives d’un tableau mal lu sont regroupées, numérotées comme imprimées', () => {
  const l = (t: string) => ({ libelle_source: t, cellules: [['x']] });
  const g = regrouperLignes([l('Santé'), l('Jeunesse'), l('Jeunesse'), l('Jeunesse'), l('Santé')]);
  assert.deepEqual(g.map((x) => [x.numero, x.fois]), [[1, 1], [2, 3], [5, 1]]);
});

test('équipements par liste de la source, dans l’ordre de la source, puis par domaine (A→G)', () => {
  const e = (domaine: 'C' | 'F', rubrique_source?: string) => ({ domaine, ...(rubrique_source ? { rubrique_source } : {}) });
  const g = parRubriqueEtDomaine([e('F', 'Sur le quartier'), e('C', 'Sur le quartier'), e('C'), e('F', 'Divers'), e('C', 'Sur le quartier')]);
  assert.deepEqual(g.map(([r, d]) => [r, d.map(([domaine, items]) => [domaine, items.length])]), [
    ['Sur le quartier', [['C', 2], ['F', 1]]],
    [undefined, [['C', 1]]],
    ['Divers', [['F', 1]]],
  ]);
});

test('titre des tableaux : la commune, « (suite) » quand l’OCR a coupé le tableau', () => {
  const communes = new Map([['62498', { nom: 'Lens' }], ['62291', { nom: 'Eleu-dit-Leauwette' }]]);
  const d = [{ commune: '62498' }, { commune: '62498' }, { commune: '62291' }];
  assert.deepEqual([0, 1, 2].map((i) => titreTableau(d, i, true, communes)), ['Tableau de la commune de Lens', 'Tableau de la commune de Lens (suite)', 'Tableau de la commune d’Eleu-dit-Leauwette']);
  assert.equal(titreTableau([{ commune: '62498' }], 0, false, communes, 'pilier'), 'Tableau par pilier');
});

test('la page d’une source mène à son propre PDF, décalée quand il compte ses pages de couverture ; sans url, pas de lien', () => {
  assert.equal(lienPageSource(lensLievin, 'contrat-de-ville-2015-2020', 69), undefined);
  assert.equal(lienPageSource(exemple2024, 'contrat-2024-2030', 31), 'https://exemple.fr/contrat-de-ville-2024-2030.pdf#page=31');
  assert.equal(lienPageSource(exemple2024, 'annexe-fiches', 7), 'https://exemple.fr/annexe-fiches-quartiers.pdf#page=9');
});

test('« Signaler une erreur » : courriel prérempli, formulaire de l’éditeur, ou page d’explications', () => {
  const fiche = { code: 'QP062025', nom: 'Grande Résidence', page: 69, adresse: 'https://exemple.fr/quartiers/qp062025/' };
  const courriel = lienSignalement(fiche, { type: 'courriel', adresse: 'contact@exemple.fr', href: 'mailto:contact@exemple.fr' }, '/signaler-une-erreur/');
  assert.equal(courriel.type, 'courriel');
  assert.match(courriel.href, /^mailto:contact@exemple\.fr\?subject=/);
  const url = new URL(courriel.href);
  assert.match(url.searchParams.get('subject')!, /QP062025/);
  assert.match(url.searchParams.get('body')!, /Adresse de la page : https:\/\/exemple\.fr\/quartiers\/qp062025\/\r\n/);
  assert.match(url.searchParams.get('body')!, /page 69 du Contrat de Ville/);
  assert.deepEqual(lienSignalement(fiche, { type: 'web', adresse: 'https://exemple.fr/contact', href: 'https://exemple.fr/contact' }, '/s/'), { href: 'https://exemple.fr/contact', type: 'formulaire' });
  assert.deepEqual(lienSignalement(fiche, undefined, '/s/'), { href: '/s/', type: 'explications' });
});

test('le contexte d’une fiche : la liste de son code et la période du contrat, ses dates quand territoire.yaml les écrit', () => {
  assert.deepEqual(contexteFiche('QP062025', { titre: 'Contrat de Ville 2015-2020' }, '2011'), {
    generation: 2015,
    liste: 'QPV 2015',
    annees: '2015-2020',
    precisions: ['population de 2011, périmètre de 2015'],
  });
  assert.deepEqual(contexteFiche('QN05901M', { titre: 'Contrat de ville', debut: '2024-01-01', fin: '2030-12-31' }), {
    generation: 2024,
    liste: 'Quartiers 2030',
    annees: '2024-2030',
    precisions: ['du 1er janvier 2024 au 31 décembre 2030', 'périmètre de 2024'],
  });
});

test('parleDeCouleurs repère les intitulés qui distinguent leurs lignes par la couleur', () => {
  assert.equal(parleDeCouleurs('Liste des équipements rattachés par QPV (en rouge équipements du quartier Politique Ville, en noir équipements hors QPV pouvant être sollicités)'), true);
  assert.equal(parleDeCouleurs('Liste des équipements rattachés'), false);
  assert.equal(parleDeCouleurs('Equipements sur les Quartiers République et Quatre : QP062019 AVION'), false);
  assert.equal(parleDeCouleurs(undefined), false);
});

test('les parties d’une fiche, ses axes et ses indicateurs sont ceux que déclare son territoire', () => {
  assert.deepEqual(lensLievin.parties, { ages: true, diagnostic: true, indicateurs: true });
  assert.deepEqual(douaisis.parties, { ages: true, diagnostic: true, indicateurs: true });
  assert.deepEqual(exemple2024.parties, { ages: false, diagnostic: true, indicateurs: true });
  assert.equal(libelleAxe(lensLievin, 'cohesion-sociale'), 'Cohésion sociale');
  assert.equal(libelleAxe(exemple2024, 'education'), 'Éducation et réussite éducative');
  assert.equal(libelleIndicateur(exemple2024, 'taux-pauvrete'), 'Taux de pauvreté');
  assert.equal(libelleIndicateur(lensLievin, 'logement-hlm'), 'Part de logement HLM');
  assert.deepEqual([...exemple2024.axes.keys()], ['emploi', 'education', 'transition']);
  assert.equal(lensLievin.titreSite, 'Quartiers prioritaires de Lens-Liévin');
  assert.deepEqual(exemple2024.annees, { debut: 2024, fin: 2030 });
  assert.equal(nomRevenu(lensLievin), 'Revenu fiscal médian');
  assert.equal(nomRevenu(exemple2024), 'Revenu médian');
});

test('un intitulé imprimé est celui d’un axe du territoire, ou son début ; les colonnes indices viennent du modèle', () => {
  assert.ok(estNomDAxe(lensLievin, 'EGALITE DES CHANCES'));
  assert.ok(estNomDAxe(lensLievin, 'COHESION SOCIALE'));
  assert.ok(!estNomDAxe(lensLievin, 'CONTRAT SOCIAL'));
  assert.ok(!estNomDAxe(exemple2024, 'COHESION SOCIALE'));
  assert.ok(estNomDAxe(exemple2024, 'Éducation et réussite éducative'));
  assert.deepEqual(colonnesBienLues({ ...lensLievin.diagnostic!, axe: motAxe(lensLievin.diagnostic) }), ['des piliers', 'des atouts', 'des faiblesses', 'des perspectives']);
  assert.deepEqual(colonnesBienLues(exemple2024.diagnostic!), ['des enjeux', 'des forces', 'des fragilités', 'des orientations 2024-2030']);
  assert.equal(titreTableau([{}], 0, false, new Map(), motAxe(exemple2024.diagnostic)), 'Tableau par enjeu');
});
