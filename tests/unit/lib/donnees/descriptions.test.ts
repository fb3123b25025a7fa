import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import jsonld from 'jsonld';
import { z } from 'astro/zod';
import type { Quartier } from '../../../../src/schemas/index.ts';
import { construireModele } from '../../../../src/lib/site/modele.ts';
import { contenuValide, modeleDe } from '../../../../src/lib/site/donnees.ts';
import { attribution, dateLongue, descriptionJeu, motsCles, sources, type ContenuJeu, type Reglages } from '../../../../src/lib/donnees/metadonnees.ts';
import type { Modele } from '../../../../src/lib/site/modele.ts';
import { champTable } from '../../../../src/lib/donnees/schema-table.ts';
import { tableauEquipements, tableauQuartiers } from '../../../../src/lib/donnees/tableaux.ts';
import { corpsTelechargements, jsonAvecListe } from '../../../../src/lib/donnees/telechargements.ts';
import { catalogueDcat, jeuSchemaOrg, paquetDonnees } from '../../../../src/lib/donnees/descriptions.ts';
import { quartierMinimal } from '../../quartier-minimal.ts';
import { douaisis, exemple2024, lensLievin } from '../../territoires.ts';

const reglagesEssai: Reglages = {
  editeur: 'Atelier des données',
  contact: { type: 'courriel', adresse: 'donnees@exemple.fr', href: 'mailto:donnees@exemple.fr' },
  url: 'https://exemple.fr',
  construitLe: '2026-12-01T09:30:00.000Z',
};

const fiche: Quartier = {
  ...quartierMinimal,
  equipements: [{ id: 'piscine-angres', nom: 'Piscine', commune: '62032', domaine: 'F', type_bpe: 'F101', en_projet: true }],
};
const m = construireModele([fiche], (code) => ({ code, nom: 'Angres', population: 4300, departement: '62' }), () => true, { territoire: lensLievin });
const liste = corpsTelechargements(m);

test('la ligne d’attribution nomme la source, l’éditeur s’il est connu, et la date en français', () => {
  assert.equal(
    attribution(lensLievin, reglagesEssai),
    "Communauté d'Agglomération de Lens-Liévin, Contrat de Ville 2015-2020 — données transcrites (éditeur : Atelier des données), mise à jour du 1er décembre 2026",
  );
  assert.equal(attribution(lensLievin, { editeur: undefined, construitLe: '2026-12-02T09:00:00Z' }).endsWith('données transcrites, mise à jour du 2 décembre 2026'), true);
  // The date is the publisher's (Paris) date, not UTC's.
  assert.equal(dateLongue('2026-12-31T23:30:00Z'), '1er janvier 2027');
});

test('un champ du Table Schema prend type, contraintes et description du champ Zod qu’il copie', () => {
  const champ = (nom: string) => tableauEquipements.colonnes.find((c) => c.nom === nom)!;
  assert.deepEqual(champTable(champ('nombre')), {
    name: 'nombre',
    title: 'Nombre (entrée de décompte)',
    description: 'Pour une entrée de décompte (« 3 écoles élémentaires ») : le nombre imprimé.',
    type: 'integer',
    constraints: { minimum: 2, maximum: 1000 },
  });
  assert.deepEqual(champTable(champ('code_insee')).constraints, { required: true, pattern: '^(\\d{5}|2[AB]\\d{3})$' });
  // A label column keeps its own values, not the code's pattern or enum.
  assert.deepEqual(champTable(champ('perimetre')).constraints, { enum: ['Dans le quartier', 'En limite du périmètre', 'Hors périmètre'] });
  assert.throws(() => champTable({ nom: 'x', titre: 'X', champ: z.array(z.string()), valeur: () => undefined }), /colonne x : type introuvable/);
});

test('quartiers.csv donne la génération du code juste après lui : un entier, 2015 ou 2024, toujours rempli', () => {
  const colonne = tableauQuartiers(lensLievin).colonnes.find((c) => c.nom === 'generation')!;
  const champ = champTable(colonne);
  assert.equal(champ.type, 'integer');
  assert.deepEqual(champ.constraints, { required: true, enum: [2015, 2024] });
  assert.match(champ.description!, /2015 pour un code « QP ».*2024 pour un code « QN » de la liste « Quartiers 2030 », en vigueur depuis le 1er janvier 2024/);
  const [entete, ligne] = String(liste.find((t) => t.nom === 'quartiers')!.corps).split('\r\n');
  assert.match(entete!, /^\ufeff?code;generation;nom;/);
  assert.match(ligne!, /^QP062002;2015;Camus;/);
  assert.equal(colonne.valeur({ ...m.quartiers[0]!, code: 'QN06201A', nomsCommunes: 'Angres' }), 2024);
});

test('les tableaux de diagnostic « mal_lu » des fiches passent tels quels dans les JSON, et les CSV s’écrivent avec eux', () => {
  // The real fiches (their mal_lu form is being transcribed): every one of them goes through every writer.
  const reel = modeleDe(contenuValide('tests/fixtures/lens-lievin'));
  const avecMalLu = reel.quartiers.filter((q) => q.diagnostics?.some((d) => d.mal_lu));
  assert.ok(avecMalLu.length > 0, 'aucune fiche n’a de tableau mal_lu');
  const fichiersReels = corpsTelechargements(reel);
  const fiches = JSON.parse(String(fichiersReels.find((t) => t.nom === 'fiches')!.corps)) as { quartiers: Quartier[] };
  for (const q of avecMalLu) {
    const attendu = q.diagnostics!.map((d) => d.mal_lu).filter(Boolean);
    assert.deepEqual(fiches.quartiers.find((x) => x.code === q.code)!.diagnostics!.map((d) => d.mal_lu).filter(Boolean), attendu, q.code);
    assert.deepEqual(JSON.parse(String(fichiersReels.find((t) => t.chemin === `donnees/quartiers/${q.slug}.json`)!.corps)).diagnostics.map((d: { mal_lu?: unknown }) => d.mal_lu).filter(Boolean), attendu);
  }
  assert.match(String(fichiersReels.find((t) => t.nom === 'schema-quartier')!.corps), /"mal_lu"/);
  for (const t of fichiersReels.filter((x) => x.format === 'csv')) assert.ok(String(t.corps).split('\r\n').length > 21, t.nom);
});

test('une ligne d’équipement du CSV : noms SCDL, libellés BPE, booléen en « oui »', () => {
  const csv = String(liste.find((t) => t.nom === 'equipements')!.corps);
  assert.equal(csv.split('\r\n')[1], 'QP062002;Camus;piscine-angres;Piscine;Sports, loisirs et culture;F101;Bassin de natation;;Angres;62032;F;;;;oui;;');
  // No programme in this content: no programmes file.
  assert.deepEqual(liste.map((t) => t.chemin).sort(), [
    'donnees/equipements.csv', 'donnees/quartiers.csv', 'donnees/quartiers.json', 'donnees/quartiers/qp062002.json', 'donnees/schema/glossaire.schema.json', 'donnees/schema/quartier.schema.json',
    'donnees/schema/territoire.schema.json', 'donnees/territoire.json',
  ]);
});

test('la description du jeu ne nomme que ce que le contenu a : parties des fiches, types de programmes', () => {
  assert.equal(
    descriptionJeu(m),
    "Les quartiers prioritaires (QPV) de la Communauté d'Agglomération de Lens-Liévin, transcrits du Contrat de Ville 2015-2020 : identité, population et revenu, équipements rattachés. Les textes sont ceux des documents, sans reformulation.",
  );
  const programme = { type: 'gusp' } as Modele['programmes'][number];
  const complet = { territoire: lensLievin, quartiers: [{ ...fiche, carroyage: { individus_menages: 1, tranches: {} }, indicateurs: [{}], diagnostics: [{}] }], programmes: [programme, { ...programme, type: 'npnru' }] } as unknown as ContenuJeu;
  assert.match(descriptionJeu(complet), /: identité, population et revenu, âges, indicateurs du kit CGET, diagnostic par pilier, équipements rattachés, et les programmes NPNRU et GUSP des documents/);
  // Another territory's parts, in its own headings.
  assert.match(descriptionJeu({ ...complet, territoire: exemple2024 }), /: identité, population et revenu, chiffres clés du contrat, enjeux du quartier, équipements rattachés/);
  assert.deepEqual(motsCles(m).slice(0, 5), ['politique de la ville', 'quartiers prioritaires', 'QPV', 'contrat de ville', 'équipements']);
});

test('le Data Package donne taille, empreinte, dialecte et éditeur, depuis les réglages', () => {
  const p = paquetDonnees(m, reglagesEssai);
  const csv = p.resources.find((r) => r.name === 'equipements')!;
  const corps = liste.find((t) => t.nom === 'equipements')!.corps;
  assert.equal(csv.bytes, Buffer.byteLength(corps));
  assert.equal(csv.hash, `sha256:${createHash('sha256').update(corps).digest('hex')}`);
  assert.equal(csv.path, 'equipements.csv');
  assert.equal(csv.profile, 'tabular-data-resource');
  assert.equal(p.resources.find((r) => r.name === 'fiches')!.profile, 'data-resource');
  assert.deepEqual(p.contributors, [{ title: 'Atelier des données', role: 'publisher', email: 'donnees@exemple.fr' }]);
  assert.equal(p.homepage, 'https://exemple.fr/donnees/');
  // Lens-Liévin's sources declare no URL; the 2024 example's do, each its own.
  assert.equal(p.sources[0]!.path, undefined);
  assert.deepEqual(sources(exemple2024).map((s) => s.url), ['https://exemple.fr/contrat-de-ville-2024-2030.pdf', 'https://exemple.fr/annexe-fiches-quartiers.pdf']);
  assert.equal(p.attribution, attribution(lensLievin, reglagesEssai));
});

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
type Valeur = { '@id'?: string; '@value'?: string; '@type'?: string | string[] };
type Noeud = Valeur & { [propriete: string]: (Valeur & Noeud)[] | undefined };

test('le catalogue DCAT-AP, développé par jsonld sans réseau, a éditeur, licence, période, territoire et distributions absolues', async () => {
  const refuser = async (url: string): Promise<never> => assert.fail(`aucun document distant attendu : ${url}`);
  const [catalogue] = (await jsonld.expand(catalogueDcat(m, reglagesEssai), { documentLoader: refuser })) as unknown as Noeud[];
  assert.deepEqual(catalogue!['@type'], [`${DCAT}Catalog`]);
  const jeu = catalogue![`${DCAT}dataset`]![0]!;
  assert.equal(jeu[`${DCT}publisher`]![0]![`http://xmlns.com/foaf/0.1/name`]![0]!['@value'], 'Atelier des données');
  assert.equal(jeu[`${DCAT}contactPoint`]![0]!['http://www.w3.org/2006/vcard/ns#hasEmail']![0]!['@id'], 'mailto:donnees@exemple.fr');
  assert.equal(jeu[`${DCT}license`]![0]!['@id'], 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
  assert.deepEqual(jeu[`${DCT}modified`]![0], { '@value': '2026-12-01T09:30:00.000Z', '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' });
  const periode = jeu[`${DCT}temporal`]![0]!;
  assert.equal(periode[`${DCAT}startDate`]![0]!['@value'], '2015-01-01');
  assert.equal(periode[`${DCAT}endDate`]![0]!['@value'], '2020-12-31');
  assert.equal(jeu[`${DCT}spatial`]![0]![`${DCT}identifier`]![0]!['@value'], '246200364');
  const urls = jeu[`${DCAT}distribution`]!.map((d) => d[`${DCAT}downloadURL`]![0]!['@id']);
  assert.deepEqual(urls.sort(), liste.map((t) => `https://exemple.fr/${t.chemin}`).sort());
  assert.equal(jeu[`${DCT}bibliographicCitation`]![0]!['@value'], attribution(lensLievin, reglagesEssai));
});

test('le bloc schema.org Dataset nomme licence, période, territoire, crédit et fichiers', () => {
  const jeu = jeuSchemaOrg(m, reglagesEssai);
  assert.equal(jeu['@type'], 'Dataset');
  assert.equal(jeu.temporalCoverage, '2015/2020');
  assert.equal(jeu.creditText, attribution(lensLievin, reglagesEssai));
  assert.deepEqual(jeu.creator, { '@type': 'Organization', name: 'Atelier des données', email: 'donnees@exemple.fr' });
  assert.ok(jeu.distribution.every((d) => d.contentUrl.startsWith('https://exemple.fr/donnees/')));
  assert.ok(jeu.description.length >= 50, 'Google demande au moins 50 caractères de description');
});

test('quartiers.csv n’a de colonnes que pour ce que déclare son territoire : Lens-Liévin, le Douaisis, l’exemple de 2024', () => {
  const noms = (t: typeof lensLievin) => tableauQuartiers(t).colonnes.map((c) => c.nom);
  // Lens-Liévin: 9 of identity, the age grid (total and 9 brackets), the 12 lines of the kit CGET (three columns each), the count.
  assert.equal(noms(lensLievin).length, 9 + 10 + 12 * 3 + 1);
  assert.ok(noms(lensLievin).includes('age_75_plus') && noms(lensLievin).includes('medecins-generalistes_max'));
  // The Douaisis example declares one indicator; the 2024 example no age grid and its own four indicators.
  assert.deepEqual(noms(douaisis).filter((n) => n.endsWith('_valeur')), ['logement-hlm_valeur']);
  assert.ok(!noms(exemple2024).some((n) => n.startsWith('age_') || n === 'individus_menages'));
  assert.deepEqual(noms(exemple2024).filter((n) => n.endsWith('_valeur')), ['taux-pauvrete_valeur', 'taux-emploi_valeur', 'moins-de-25-ans_valeur', 'familles-monoparentales_valeur']);
  // The income column says what the territory's figure is.
  const revenu = (t: typeof lensLievin) => tableauQuartiers(t).colonnes.find((c) => c.nom === 'revenu_fiscal_median')!;
  assert.equal(revenu(lensLievin).titre, 'Revenu fiscal médian (euros)');
  assert.equal(revenu(exemple2024).titre, 'Revenu médian (euros)');
  assert.match(champTable(revenu(exemple2024)).description!, /^Insee-DGFiP, Filosofi 2019 : revenu disponible médian, en euros par an\.$/);
  assert.deepEqual(champTable(tableauQuartiers(exemple2024).colonnes.find((c) => c.nom === 'npnru')!).constraints, { required: true, enum: ['national', 'régional', 'non'] });
});

test('le fichier de toutes les fiches, écrit fiche par fiche, est le texte de JSON.stringify', () => {
  const objet = { titre: 'Fiches « [] »', source: 'ligne\nsuivante', n: 2 };
  const elements = [{ code: 'QP062025', diagnostics: [{ atouts: ['a', 'b'] }], vide: [] }, { code: 'QP062002', note: 'x ]\n[' }, 3];
  for (const liste of [[], elements.slice(0, 1), elements]) {
    assert.equal([...jsonAvecListe(objet, 'quartiers', liste)].join(''), JSON.stringify({ ...objet, quartiers: liste }, null, 2));
  }
  const fiches = liste.find((t) => t.nom === 'fiches')!;
  assert.equal(String(fiches.corps), JSON.stringify(JSON.parse(String(fiches.corps)), null, 2));
});
