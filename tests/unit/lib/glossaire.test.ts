import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fusionnerGlossaires, glossaireDu, remplit } from '../../../src/lib/glossaire.ts';
import type { ContenuValide } from '../../../src/lib/site/contenu-valide.ts';
import type { Glossaire } from '../../../src/schemas/glossaire.ts';
import type { Territoire } from '../../../src/schemas/territoire.ts';
import { quartierMinimal } from '../quartier-minimal.ts';

const territoire: Territoire = {
  nom: 'Communauté d’Agglomération du Douaisis',
  nom_court: 'Douaisis',
  epci: '200044618',
  contrat: { titre: 'Contrat de ville 2024-2030' },
  sources: [{ id: 'contrat-de-ville-2024-2030', titre: 'Contrat de ville' }],
};
type Contenu = Pick<ContenuValide, 'territoire' | 'quartiers' | 'programmes'>;
const contenu = (c: Partial<Contenu> = {}): Contenu => ({ territoire, quartiers: [{ ...quartierMinimal, code: 'QN05901M' }], programmes: [], ...c });
const glossaire: Glossaire = {
  entrees: [
    {
      id: 'qpv',
      terme: 'QPV',
      definition: ['Quartier prioritaire.', 'Code de 2015 (par exemple {code_qp}).', 'Code de 2024 (par exemple {code_qn}).'],
    },
    {
      id: 'contrat-de-ville',
      terme: 'Contrat de ville',
      definition: [{ si: 'debut_contrat<2024', texte: 'Avec Pôle emploi.' }, { si: 'debut_contrat>=2024', texte: 'Avec France Travail.' }],
    },
    { id: 'rfl', terme: 'RFL', definition: ['Revenus fiscaux.', { si: 'territoire.contrat.population~RFL', texte: '« {population} » : revenus de {annee_population}.' }] },
    { id: 'seuil', terme: 'Seuil', definition: ['Seuil de bas revenu.', 'Les fiches l’impriment : {seuil_bas_revenu} par an.'], site: ['territoire.contrat.seuil_bas_revenu'] },
  ],
  sigles_incertains: [],
};
const definition = (c: Contenu, id: string) => glossaireDu(glossaire, c, 35).find((e) => e.id === id)!.definition;

test('l’exemple de code vient des fiches : un site de la liste de 2024 montre un code QN, et seulement lui', () => {
  assert.equal(definition(contenu(), 'qpv'), 'Quartier prioritaire. Code de 2024 (par exemple QN05901M).');
  const lens = contenu({ quartiers: [{ ...quartierMinimal, code: 'QP062025' }, quartierMinimal] });
  assert.equal(definition(lens, 'qpv'), 'Quartier prioritaire. Code de 2015 (par exemple QP062002).');
});

test('un contrat qui commence en 2024 ou après dit France Travail ; un contrat 2015-2020 garde Pôle emploi', () => {
  assert.equal(definition(contenu(), 'contrat-de-ville'), 'Avec France Travail.');
  assert.equal(definition(contenu({ territoire: { ...territoire, contrat: { titre: 'Contrat de Ville 2015-2020' } } }), 'contrat-de-ville'), 'Avec Pôle emploi.');
  // Dates written in territoire.yaml prevail over the title's years.
  const ecrit = { ...territoire, contrat: { titre: 'Contrat de ville', debut: '2023-07-01', fin: '2030-12-31' } };
  assert.equal(definition(contenu({ territoire: ecrit }), 'contrat-de-ville'), 'Avec Pôle emploi.');
});

test('le glossaire dit l’année des RFL et le montant du seuil que les fiches impriment, et aucun quand territoire.yaml n’en donne', () => {
  const lens = contenu({ territoire: { ...territoire, contrat: { titre: 'Contrat de Ville 2015-2020', population: 'RFL 2011', seuil_bas_revenu: 11250 } } });
  assert.equal(definition(lens, 'rfl'), 'Revenus fiscaux. « RFL 2011 » : revenus de 2011.');
  assert.equal(definition(lens, 'seuil'), 'Seuil de bas revenu. Les fiches l’impriment : 11\u202f250\u00a0€ par an.');
  const autre = contenu({ territoire: { ...territoire, contrat: { ...territoire.contrat, population: 'Filosofi 2019' } } });
  assert.equal(definition(autre, 'rfl'), 'Revenus fiscaux.');
  assert.equal(definition(autre, 'seuil'), 'Seuil de bas revenu.');
});

test('le sigle de l’intercommunalité suit le contrat de ville, toujours publié ; rien quand elle n’en a pas', () => {
  const g = glossaireDu(glossaire, contenu({ territoire: { ...territoire, sigle: 'CAD' } }), 35);
  assert.deepEqual(g.map((e) => e.id), ['qpv', 'contrat-de-ville', 'cad', 'rfl', 'seuil']);
  assert.deepEqual(g[2], { id: 'cad', terme: 'CAD', developpe: 'Communauté d’Agglomération du Douaisis', definition: 'L’intercommunalité qui regroupe 35 communes et qui porte le contrat de ville de son territoire.', site: 'toujours' });
  assert.deepEqual(glossaireDu(glossaire, contenu(), 35).map((e) => e.id), ['qpv', 'contrat-de-ville', 'rfl', 'seuil']);
});

test('une condition lit un chemin du contenu à travers ses listes : présence, valeur, mot entier, année du contrat', () => {
  const piscine = { id: 'piscine', nom: 'Piscine', commune: '59178', domaine: 'F' as const, perimetre: 'limite' as const };
  const c = contenu({ quartiers: [quartierMinimal, { ...quartierMinimal, equipements: [piscine] }], territoire: { ...territoire, sources: [{ id: 'a', titre: 'A', scanne: true }] } });
  assert.ok(remplit(c, 'quartiers.equipements'));
  assert.ok(remplit(c, 'quartiers.equipements.perimetre=limite'));
  assert.ok(!remplit(c, 'quartiers.equipements.perimetre=hors'));
  assert.ok(!remplit(c, 'quartiers.carroyage'));
  assert.ok(remplit(c, 'territoire.sources.scanne=true'));
  assert.ok(!remplit(contenu(), 'territoire.sources.scanne=true'));
  assert.ok(!remplit(contenu({ quartiers: [{ ...quartierMinimal, equipements: [] }] }), 'quartiers.equipements'), 'une liste vide n’est rien');
  const rfl = contenu({ territoire: { ...territoire, contrat: { titre: 'Contrat 2015-2020', population: 'RFL 2011' } } });
  assert.ok(remplit(rfl, 'territoire.contrat.population~RFL'));
  assert.ok(!remplit(contenu({ territoire: { ...territoire, contrat: { titre: 'Contrat 2015-2020', population: 'RFLX 2011' } } }), 'territoire.contrat.population~RFL'));
  assert.ok(remplit(contenu(), 'debut_contrat>=2024') && !remplit(contenu(), 'debut_contrat<2024'));
  assert.ok(remplit(rfl, 'debut_contrat<2024') && !remplit(rfl, 'debut_contrat>=2024'));
});

test('le glossaire d’un territoire remplace les entrées communes de même id et ajoute les siennes après', () => {
  const propre: Glossaire = {
    entrees: [
      { id: 'mds', terme: 'MDS', definition: 'Maison du Département Solidarité.' },
      { id: 'rfl', terme: 'RFL', definition: 'Les revenus fiscaux, ici.' },
    ],
    sigles_incertains: [{ sigle: 'ZZX', contexte: 'x' }],
  };
  const g = fusionnerGlossaires(glossaire, propre);
  assert.deepEqual(g.entrees.map((e) => e.id), ['qpv', 'contrat-de-ville', 'rfl', 'seuil', 'mds']);
  assert.equal(g.entrees[2]!.definition, 'Les revenus fiscaux, ici.');
  assert.deepEqual(g.sigles_incertains, propre.sigles_incertains);
  assert.equal(fusionnerGlossaires(glossaire, undefined), glossaire);
});
