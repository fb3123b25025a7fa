import assert from 'node:assert/strict';
import { test } from 'node:test';
import { glossaire, glossaireDu, siglesIncertains } from '../../../../src/lib/glossaire.ts';
import { glossairePublie, siglesIncertainsPublies } from '../../../../src/lib/site/glossaire-publie.ts';
import type { ContenuValide } from '../../../../src/lib/site/contenu-valide.ts';
import type { Territoire } from '../../../../src/schemas/territoire.ts';
import { quartierMinimal } from '../../quartier-minimal.ts';

const territoire: Territoire = {
  nom: 'CA Douaisis Agglo',
  nom_court: 'Douaisis Agglo',
  epci: '200044618',
  contrat: { titre: 'Contrat de ville 2024-2030' },
  sources: [{ id: 'contrat-de-ville-2015-2020', titre: 'Contrat de ville' }],
};
const contenu = (c: Partial<ContenuValide> = {}): ContenuValide => ({ territoire, quartiers: [quartierMinimal], programmes: [], ...c });
const ids = (c: ContenuValide) => glossairePublie(glossaire, c).map((e) => e.id);

test('une fiche sans chiffres ni textes publie les mots que les pages emploient toujours, et eux seuls', () => {
  const publies = ids(contenu());
  for (const id of ['qpv', 'contrat-de-ville', 'revenu-fiscal-median', 'sig-ville', 'npnru']) assert.ok(publies.includes(id), id);
  for (const id of ['rfl', 'seuil-de-bas-revenu', 'ocr', 'kit-cget', 'carroyage', 'bpe', 'gusp', 'mds', 'unesco', 'ccas']) assert.ok(!publies.includes(id), id);
  // In the glossary's order.
  assert.deepEqual(publies, glossaire.map((e) => e.id).filter((id) => publies.includes(id)));
});

test('un mot d’une fiche, en mot entier, publie son entrée ; les réglages de territoire.yaml publient les leurs', () => {
  const fiche = { ...quartierMinimal, equipements: [{ id: 'ccas-douai', nom: 'CCAS de Douai', commune: '59178', domaine: 'D' as const }] };
  const publies = ids(contenu({ quartiers: [fiche] }));
  assert.ok(publies.includes('ccas') && publies.includes('bpe'));
  // « MDS » inside « MDSX » is no use of it.
  assert.ok(!ids(contenu({ quartiers: [{ ...fiche, nom: 'Résidence MDSX' }] })).includes('mds'));
  const reglages = { ...territoire, contrat: { ...territoire.contrat, population: 'RFL 2011', seuil_bas_revenu: 11250 }, sources: [{ ...territoire.sources[0]!, scanne: true }] };
  const avec = ids(contenu({ territoire: reglages }));
  for (const id of ['rfl', 'seuil-de-bas-revenu', 'ocr']) assert.ok(avec.includes(id), id);
});

test('le sigle du territoire reste, et les sigles incertains ne sont que ceux des fiches', () => {
  const g = glossaireDu({ ...territoire, sigle: 'CAD' }, 35);
  assert.ok(glossairePublie(g, contenu(), new Set(['cad'])).some((e) => e.id === 'cad'));
  assert.deepEqual(siglesIncertainsPublies(siglesIncertains, contenu()), []);
  const fiche = { ...quartierMinimal, remarques: [{ remarque: 'Le sigle PRUNCE est imprimé tel quel.' }] };
  assert.deepEqual(siglesIncertainsPublies(siglesIncertains, contenu({ quartiers: [fiche] })).map((s) => s.sigle), ['PRUNCE']);
});
