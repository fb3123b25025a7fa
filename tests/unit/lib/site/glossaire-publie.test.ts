import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossaireDu } from '../../../../src/lib/glossaire.ts';
import { glossairePublie, siglesIncertainsPublies } from '../../../../src/lib/site/glossaire-publie.ts';
import { contenuValide, glossaireDeContenu } from '../../../../src/lib/site/donnees.ts';
import type { ContenuValide } from '../../../../src/lib/site/contenu-valide.ts';
import type { Quartier, Territoire } from '../../../../src/schemas/index.ts';
import { glossaireLu } from '../../glossaire-lu.ts';
import { quartierMinimal } from '../../quartier-minimal.ts';

/** The general glossary alone: a content folder without glossaire.yaml. */
const commun = glossaireLu('tests/fixtures/aucun-dossier');

// A territory of the 2024 list: QN codes, a 2024-2030 contract, its own diagnostic columns, no grid nor kit figures.
const territoire2024: Territoire = {
  nom: 'CA de Béthune-Bruay, Artois Lys Romane',
  nom_court: 'Béthune-Bruay',
  epci: '200072460',
  contrat: { titre: 'Contrat de ville « Engagements Quartiers 2030 » 2024-2030', population: 'Insee, recensement 2020' },
  sources: [{ id: 'contrat-2024-2030', titre: 'Contrat de ville 2024-2030' }],
};
const fiche2024: Quartier = {
  ...quartierMinimal,
  code: 'QN06201M',
  source: { document: 'contrat-2024-2030', page: 7 },
  diagnostics: [{ colonnes_source: ['Enjeux', 'Forces', 'Fragilités', 'Orientations 2024-2030'], piliers: [{ pilier: 'autre', atouts: ['Un CCAS présent'], faiblesses: [], perspectives: [] }] }],
  equipements: [{ id: 'mairie', nom: 'Mairie annexe', commune: '62119', domaine: 'A', perimetre: 'dans' }],
};
const contenu2024 = (c: Partial<ContenuValide> = {}): ContenuValide => ({ territoire: territoire2024, quartiers: [fiche2024], programmes: [], glossaire: commun, ...c });
const publie = (c: ContenuValide) => glossairePublie(glossaireDu(c.glossaire, c, 100), c);
const ids = (c: ContenuValide) => publie(c).map((e) => e.id);

test('Lens-Liévin publie ses 74 entrées et ses 35 sigles incertains, dans l’ordre, ses sigles propres à la fin', () => {
  const lens = contenuValide('tests/fixtures/lens-lievin');
  const g = glossaireDeContenu(lens);
  assert.equal(g.length, 74);
  assert.deepEqual(g.slice(0, 5).map((e) => e.id), ['qpv', 'politique-de-la-ville', 'contrat-de-ville', 'call', 'pilier']);
  assert.deepEqual(g.slice(-5).map((e) => e.id), ['mds', 'caj', 'lls', 'iem', 'unesco']);
  assert.equal(siglesIncertainsPublies(lens.glossaire.sigles_incertains, lens).length, 35);
  const definition = (id: string) => g.find((e) => e.id === id)!.definition;
  // Its contract is of 2015: Pôle emploi, as printed; its QPV example is one of its own codes.
  assert.match(definition('contrat-de-ville'), /Pôle emploi/);
  assert.match(definition('qpv'), /code « QP » suivi de six chiffres \(par exemple QP062002\)\. Une nouvelle liste/);
  assert.doesNotMatch(definition('qpv'), /QN/);
  assert.match(definition('perimetre'), /\(marque \*\)/, 'sa définition propre, avec les marques de sa source');
  assert.match(definition('rfl'), /« RFL 2011 » veut dire : d’après les revenus de l’année 2011\./);
  // What the page publishes is written out: no condition, no brace.
  for (const e of g) assert.ok(!('site' in e) && !/[{}]/.test(e.definition), e.id);
});

test('le Douaisis publie sa structure locale, France Travail et un code QN ; ni les mots ni les sigles de Lens-Liévin', () => {
  const douaisis = contenuValide('tests/fixtures/territoire-exemple-douaisis');
  const g = glossaireDeContenu(douaisis);
  const publies = g.map((e) => e.id);
  for (const id of ['qpv', 'contrat-de-ville', 'cad', 'maison-de-quartier', 'bpe']) assert.ok(publies.includes(id), id);
  for (const id of ['rfl', 'seuil-de-bas-revenu', 'ocr', 'mds', 'unesco', 'caj', 'gusp', 'tfpb']) assert.ok(!publies.includes(id), id);
  assert.match(g.find((e) => e.id === 'contrat-de-ville')!.definition, /France Travail/);
  assert.match(g.find((e) => e.id === 'qpv')!.definition, /par exemple QN05901M/);
  // Its uncertain acronym is not used by its fiches: not published.
  assert.deepEqual(douaisis.glossaire.sigles_incertains.map((s) => s.sigle), ['ZZX']);
  assert.deepEqual(siglesIncertainsPublies(douaisis.glossaire.sigles_incertains, douaisis), []);
});

test('un territoire de 2024 ne publie que ses mots : ni pilier, ni kit CGET, ni carroyage, ni OCR, ni RFL, ni Pôle emploi, ni QP062', () => {
  const g = publie(contenu2024());
  const publies = g.map((e) => e.id);
  for (const id of ['qpv', 'contrat-de-ville', 'revenu-fiscal-median', 'sig-ville', 'npnru', 'bpe', 'quartier-vecu', 'ccas']) assert.ok(publies.includes(id), id);
  for (const id of ['pilier', 'diagnostic', 'kit-cget', 'carroyage', 'individus-des-menages', 'ocr', 'rfl', 'seuil-de-bas-revenu', 'hlm', 'caf', 'gusp', 'tfpb', 'mds']) {
    assert.ok(!publies.includes(id), id);
  }
  const texte = g.map((e) => `${e.terme} ${e.developpe ?? ''} ${e.definition}`).join('\n');
  for (const mot of [/pilier/i, /kit CGET/i, /carroyage/i, /\bRFL\b/, /\bOCR\b/, /reconnaissance de caractères/, /Pôle emploi/, /QP062/, /marque \*/]) assert.doesNotMatch(texte, mot);
  assert.match(g.find((e) => e.id === 'qpv')!.definition, /par exemple QN06201M\)\.$/);
  assert.match(g.find((e) => e.id === 'contrat-de-ville')!.definition, /France Travail/);
  // « Dans » the perimeter only: the sentence on équipements at or beyond its limit is not written.
  assert.equal(g.find((e) => e.id === 'perimetre')!.definition, 'Limite officielle du quartier prioritaire, fixée par l’État.');
});

test('les mots du site suivent le contenu : les chiffres qu’il a, ses documents, ses programmes, ses réglages', () => {
  const hlm = { id: 'logement-hlm' as const, libelle: 'part de logement HLM', valeur: '25 à 30%', min: 25, max: 30, unite: '%' as const };
  const avec = ids(contenu2024({ quartiers: [{ ...fiche2024, carroyage: { individus_menages: 2510 } as Quartier['carroyage'], indicateurs: [hlm] }] }));
  for (const id of ['carroyage', 'individus-des-menages', 'kit-cget', 'hlm']) assert.ok(avec.includes(id), id);
  assert.ok(!avec.includes('caf'), 'aucune ligne CAF');
  const reglages = { ...territoire2024, contrat: { ...territoire2024.contrat, population: 'RFL 2011', seuil_bas_revenu: 11250 }, sources: [{ ...territoire2024.sources[0]!, scanne: true }] };
  const r = ids(contenu2024({ territoire: reglages }));
  for (const id of ['rfl', 'seuil-de-bas-revenu', 'ocr']) assert.ok(r.includes(id), id);
  // A word of a fiche's text, as a whole word: « MDS » in « MDSX » is no use of it.
  const mots = (nom: string) => ids(contenu2024({ quartiers: [{ ...fiche2024, nom }] }));
  assert.ok(mots('Résidence du PLIE').includes('plie'));
  assert.ok(!mots('Résidence PLIEX').includes('plie'));
});

test('les sigles incertains publiés sont ceux que le contenu emploie', () => {
  const sigles = [{ sigle: 'PRUNCE', contexte: 'un programme' }, { sigle: 'ZZX', contexte: 'x' }];
  assert.deepEqual(siglesIncertainsPublies(sigles, contenu2024()), []);
  const fiche = { ...fiche2024, remarques: [{ remarque: 'Le sigle PRUNCE est imprimé tel quel.' }] };
  assert.deepEqual(siglesIncertainsPublies(sigles, contenu2024({ quartiers: [fiche] })).map((s) => s.sigle), ['PRUNCE']);
});
