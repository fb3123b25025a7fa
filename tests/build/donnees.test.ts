// The downloads of the built site (npm run build:essais first): JSON of all fiches, one JSON per fiche, the
// JSON Schema (checked with ajv), and the two CSV files as a French spreadsheet reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { generationDuCode, tranchesAge } from '../../src/schemas/index.ts';
import { lensLievin } from '../unit/territoires.ts';

/** The indicators Lens-Liévin declares (territoire.yaml): one group of columns each, in their order. */
const indicateurIds = [...lensLievin.indicateursDeclares.keys()];
import { lignesCsv } from '../../src/lib/donnees/csv.ts';
import { DIST_DEFAUT, aucuneErreur, fichiers, lireCsv } from './outils.ts';

const DONNEES = join(DIST_DEFAUT, 'donnees');
assert.ok(existsSync(join(DONNEES, 'quartiers.json')), `${DONNEES}/quartiers.json manque : lancez d'abord npm run build:essais.`);

// The 21 quartiers of the Contrat de Ville, written out here rather than read from content/, so that a lost
// or extra fiche fails.
const CODES = [
  'QP062002', 'QP062016', 'QP062019', 'QP062020', 'QP062021', 'QP062022', 'QP062023', 'QP062024', 'QP062025', 'QP062026', 'QP062027',
  'QP062028', 'QP062029', 'QP062030', 'QP062031', 'QP062032', 'QP062033', 'QP062034', 'QP062035', 'QP062045', 'QP062047',
];
// SCDL « Équipements » names where they fit (EQUIP_…, ADR_COMMUNE), ours elsewhere.
const COLONNES_EQUIPEMENTS =
  'code_quartier;quartier;EQUIP_UID;EQUIP_NOM;EQUIP_THEME;EQUIP_CODE;EQUIP_TYPE;adresse;ADR_COMMUNE;code_insee;domaine_bpe;perimetre;nature;nombre;en_projet;note;rubrique_source'.split(';');

type Equipement = { id: string; nom: string; commune: string; domaine: string; adresse?: string; type_bpe?: string; nature?: string; nombre?: number; en_projet?: boolean; note?: string; rubrique_source?: string };
type Quartier = {
  code: string;
  nom: string;
  communes: string[];
  population: number;
  revenu_fiscal_median?: number;
  npnru: 'national' | 'regional' | false;
  source: { page: number };
  carroyage?: { individus_menages: number; tranches: Record<string, number> };
  indicateurs?: { id: string; valeur: string; min?: number; max?: number }[];
  equipements?: Equipement[];
};

const lireJson = (chemin: string) => JSON.parse(readFileSync(join(DONNEES, chemin), 'utf8'));
const tout = lireJson('quartiers.json') as { titre: string; source: string; licence: string; attribution: string; genere_le: string; quartiers: Quartier[] };
const quartiers = tout.quartiers;
const schema = lireJson('schema/quartier.schema.json');
const paire = (code: string, id: string) => `${code} ${id}`;

/** How a text cell must read in the CSV: as in the JSON, or behind the apostrophe that disarms a formula. */
function cellulePour(valeur: string | number | boolean | undefined): string[] {
  if (valeur === undefined) return [''];
  const texte = typeof valeur === 'boolean' ? (valeur ? 'oui' : 'non') : String(valeur);
  return /^[=+\-@\t\r]/.test(texte) ? [texte, `'${texte}`] : [texte];
}

/** Reads a downloaded CSV, checking the BOM, the CRLF line ends and that every row has the header's width. */
function lireTelechargement(nom: string): { entete: string[]; lignes: Record<string, string>[] } {
  const brut = readFileSync(join(DONNEES, nom), 'utf8');
  assert.equal(brut.charCodeAt(0), 0xfeff, `${nom} doit commencer par un BOM UTF-8`);
  assert.ok(readFileSync(join(DONNEES, nom)).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
  const { lignes, fins } = lireCsv(brut.slice(1), ';');
  assert.deepEqual(new Set(fins.slice(0, -1)), new Set(['\r\n']), `${nom} : chaque ligne doit finir par CRLF`);
  assert.equal(fins.at(-1), '\r\n', `${nom} doit finir par CRLF`);
  const [entete, ...corps] = lignes;
  assert.ok(entete && entete.length > 1, `${nom} : l'en-tête n'est pas séparé par des « ; »`);
  const erreurs = corps.flatMap((l, i) => (l.length === entete.length ? [] : [`ligne ${i + 2} : ${l.length} champs au lieu de ${entete.length}`]));
  aucuneErreur(erreurs, `ligne(s) de largeur fausse dans ${nom}`);
  return { entete, lignes: corps.map((l) => Object.fromEntries(entete.map((c, i) => [c, l[i]!]))) };
}

test('quartiers.json : en-tête et les 21 quartiers', () => {
  assert.match(tout.titre, /quartiers prioritaires/i);
  assert.match(tout.source, /Contrat de Ville/);
  assert.match(tout.licence, /Licence Ouverte/);
  assert.match(tout.attribution, /^Communauté d'Agglomération de Lens-Liévin, Contrat de Ville 2015-2020 — données transcrites.*, mise à jour du \d{1,2}(er)? [a-zéû]+ \d{4}$/);
  assert.ok(!Number.isNaN(Date.parse(tout.genere_le)) && /^\d{4}-\d\d-\d\dT/.test(tout.genere_le), `genere_le : ${tout.genere_le}`);
  assert.deepEqual(quartiers.map((q) => q.code).sort(), CODES);
  for (const q of quartiers) assert.ok(q.nom && q.communes.length && Number.isInteger(q.population), q.code);
});

test('un fichier JSON par quartier, identique à son entrée dans quartiers.json', () => {
  const publies = fichiers(join(DONNEES, 'quartiers'), '.json');
  assert.deepEqual(publies, CODES.map((c) => `${c.toLowerCase()}.json`));
  for (const q of quartiers) assert.deepEqual(lireJson(`quartiers/${q.code.toLowerCase()}.json`), q, q.code);
});

test('chaque équipement figure dans quartiers.json, les fichiers par quartier et equipements.csv', () => {
  const depuisTout = quartiers.flatMap((q) => (q.equipements ?? []).map((e) => paire(q.code, e.id)));
  const depuisFichiers = CODES.flatMap((c) => ((lireJson(`quartiers/${c.toLowerCase()}.json`) as Quartier).equipements ?? []).map((e) => paire(c, e.id)));
  const depuisCsv = lireTelechargement('equipements.csv').lignes.map((l) => paire(l.code_quartier!, l.EQUIP_UID!));
  assert.ok(depuisTout.length > 100, `${depuisTout.length} équipements seulement`);
  assert.equal(new Set(depuisTout).size, depuisTout.length, 'un équipement rattaché deux fois au même quartier');
  assert.equal(depuisCsv.length, depuisTout.length, 'equipements.csv : une ligne par équipement et par quartier');
  assert.deepEqual(new Set(depuisFichiers), new Set(depuisTout));
  assert.deepEqual(new Set(depuisCsv), new Set(depuisTout));
});

test('le schéma JSON porte $schema 2020-12 et $id, et chaque fiche le respecte (ajv)', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(typeof schema.$id, 'string');
  assert.match(schema.$id, /donnees\/schema\/quartier\.schema\.json$/);
  assert.equal(schema.type, 'object');
  // Strict mode stays on: Zod's output is plain 2020-12, and an unknown keyword or format should fail here.
  const valider = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  const erreurs: string[] = [];
  for (const q of quartiers) {
    const code = q.code;
    if (!valider(q)) erreurs.push(`${code} : ${JSON.stringify(valider.errors)}`);
  }
  for (const c of CODES) if (!valider(lireJson(`quartiers/${c.toLowerCase()}.json`))) erreurs.push(`quartiers/${c.toLowerCase()}.json : ${JSON.stringify(valider.errors)}`);
  aucuneErreur(erreurs, 'fiche(s) non conformes au schéma');
});

test('le schéma JSON refuse une fiche abîmée', () => {
  const valider = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  const abimee = structuredClone(quartiers[0]!) as unknown as Record<string, unknown>;
  abimee.population = 'x';
  assert.equal(valider(abimee), false);
  assert.ok(valider.errors?.some((e) => e.instancePath === '/population'), JSON.stringify(valider.errors));
  const sansCode = structuredClone(quartiers[0]!) as unknown as Record<string, unknown>;
  delete sansCode.code;
  assert.equal(valider(sansCode), false, 'une fiche sans code doit être refusée');
  assert.equal(valider({ ...quartiers[0]!, code: 'QP62' }), false, 'un code mal formé doit être refusé');
});

test('territoire.json est territoire.yaml tel que validé, conforme à son schéma publié, qui refuse un SIREN mal écrit (ajv)', () => {
  const schemaTerritoire = lireJson('schema/territoire.schema.json') as { $id: string };
  assert.match(schemaTerritoire.$id, /donnees\/schema\/territoire\.schema\.json$/);
  // Zod writes the contract's dates as format "date" (RFC 3339 full-date) and a source's url as format "uri", which
  // ajv knows only with ajv-formats.
  const valider = new Ajv2020({ strict: true, allErrors: true, formats: { date: /^\d{4}-\d{2}-\d{2}$/, uri: /^[a-z][a-z\d+.-]*:\S+$/i } }).compile(schemaTerritoire);
  const territoire = lireJson('territoire.json') as Record<string, unknown> & { contrat: Record<string, unknown> };
  assert.ok(valider(territoire), JSON.stringify(valider.errors));
  assert.deepEqual([territoire.epci, territoire.contrat.population, territoire.contrat.seuil_bas_revenu], ['246200364', 'RFL 2011', 11250]);
  assert.equal(valider({ ...territoire, epci: '24620036' }), false);
  assert.ok(valider.errors?.some((e) => e.instancePath === '/epci'), JSON.stringify(valider.errors));
  assert.equal(valider({ ...territoire, contrat: { ...territoire.contrat, seuil_bas_revenu: '11 250 €' } }), false);
});

test('le schéma publié de glossaire.yaml accepte les glossaires du projet et refuse une entrée sans définition (ajv)', () => {
  const schemaGlossaire = lireJson('schema/glossaire.schema.json') as { $id: string };
  assert.match(schemaGlossaire.$id, /donnees\/schema\/glossaire\.schema\.json$/);
  const valider = new Ajv2020({ strict: true, allErrors: true }).compile(schemaGlossaire);
  for (const f of ['referentiel/glossaire.yaml', 'tests/fixtures/lens-lievin/glossaire.yaml', 'tests/fixtures/territoire-exemple-douaisis/glossaire.yaml']) {
    assert.ok(valider(parse(readFileSync(f, 'utf8'))), `${f} : ${JSON.stringify(valider.errors)}`);
  }
  assert.equal(valider({ entrees: [{ id: 'mds', terme: 'MDS' }] }), false);
  assert.ok(valider.errors?.some((e) => e.instancePath === '/entrees/0' && e.params.missingProperty === 'definition'), JSON.stringify(valider.errors));
  assert.equal(valider({ sigles_incertains: [{ sigle: 'mcs', contexte: 'x' }] }), false, 'un sigle en minuscules');
});

test('le lecteur CSV des tests relit exactement ce que lignesCsv écrit, et refuse un CSV mal formé', () => {
  const valeurs = ['simple', 'a;b', 'il dit "non"', 'deux\r\nlignes', 'une\nligne', '', ' espaces ', 'é€'];
  const csv = [...lignesCsv(['a', 'b'], valeurs.map((v, i) => [v, i]))].join('');
  const { lignes, fins } = lireCsv(csv.slice(1));
  assert.deepEqual(lignes, [['a', 'b'], ...valeurs.map((v, i) => [v, String(i)])]);
  assert.ok(fins.slice(0, -1).every((f) => f === '\r\n'));
  assert.deepEqual(lireCsv('x;;"";y\r\n').lignes, [['x', '', '', 'y']]);
  assert.throws(() => lireCsv('a;"b\r\n'), /jamais fermé/);
  assert.throws(() => lireCsv('a;"b"c\r\n'), /après un guillemet/);
  assert.throws(() => lireCsv('a;b"c\r\n'), /non cité/);
  assert.throws(() => lireCsv('a;b\rc'), /retour chariot/);
});

test('equipements.csv : BOM, « ; », CRLF, colonnes attendues et contenu conforme au JSON', () => {
  const { entete, lignes } = lireTelechargement('equipements.csv');
  assert.deepEqual(entete, COLONNES_EQUIPEMENTS);
  const parPaire = new Map(quartiers.flatMap((q) => (q.equipements ?? []).map((e) => [paire(q.code, e.id), { q, e }] as const)));
  const erreurs: string[] = [];
  const verifier = (ligne: Record<string, string>, colonne: string, valeur: string | number | boolean | undefined) => {
    if (!cellulePour(valeur).includes(ligne[colonne]!)) erreurs.push(`${ligne.code_quartier} ${ligne.EQUIP_UID} ${colonne} : ${JSON.stringify(ligne[colonne])} au lieu de ${JSON.stringify(valeur)}`);
  };
  for (const l of lignes) {
    const trouve = parPaire.get(paire(l.code_quartier!, l.EQUIP_UID!));
    if (!trouve) {
      erreurs.push(`${l.code_quartier} ${l.EQUIP_UID} : absent de quartiers.json`);
      continue;
    }
    const { q, e } = trouve;
    verifier(l, 'quartier', q.nom);
    for (const c of ['adresse', 'nature', 'nombre', 'en_projet', 'note', 'rubrique_source'] as const) verifier(l, c, e[c]);
    verifier(l, 'EQUIP_NOM', e.nom);
    verifier(l, 'EQUIP_CODE', e.type_bpe);
    verifier(l, 'code_insee', e.commune);
    verifier(l, 'domaine_bpe', e.domaine);
    if (!l.ADR_COMMUNE || !l.EQUIP_THEME) erreurs.push(`${l.code_quartier} ${l.EQUIP_UID} : commune ou thème vide`);
    if (Boolean(e.type_bpe) !== Boolean(l.EQUIP_TYPE)) erreurs.push(`${l.code_quartier} ${l.EQUIP_UID} : EQUIP_TYPE ${JSON.stringify(l.EQUIP_TYPE)} pour le code ${e.type_bpe}`);
  }
  aucuneErreur(erreurs, 'écart(s) entre equipements.csv et quartiers.json');
});

test('quartiers.csv : 21 lignes, identité, âges et indicateurs conformes au JSON', () => {
  const { entete, lignes } = lireTelechargement('quartiers.csv');
  const age = (cle: string) => `age_${cle.replace('-', '_').replace('+', '_plus')}`;
  const attendues = [
    'code', 'generation', 'nom', 'communes', 'codes_insee', 'population', 'revenu_fiscal_median', 'npnru', 'page_source', 'individus_menages',
    ...tranchesAge.map(([cle]) => age(cle)),
    ...indicateurIds.flatMap((id) => [`${id}_valeur`, `${id}_min`, `${id}_max`]),
    'nombre_equipements',
  ];
  for (const c of attendues) assert.ok(entete.includes(c), `colonne ${c} absente de quartiers.csv`);
  assert.deepEqual(entete.slice(0, 3), ['code', 'generation', 'nom'], 'la génération suit le code');
  assert.ok(entete.includes('age_0_3') && entete.includes('age_75_plus'));
  assert.equal(new Set(entete).size, entete.length, 'colonne en double');
  assert.equal(lignes.length, 21);
  assert.deepEqual(lignes.map((l) => l.code).sort(), CODES);
  const erreurs: string[] = [];
  const egal = (code: string, colonne: string, lu: string | undefined, valeur: string | number | boolean | undefined) => {
    if (!cellulePour(valeur).includes(lu ?? '')) erreurs.push(`${code} ${colonne} : ${JSON.stringify(lu)} au lieu de ${JSON.stringify(valeur)}`);
  };
  for (const l of lignes) {
    const q = quartiers.find((x) => x.code === l.code)!;
    egal(q.code, 'generation', l.generation, generationDuCode(q.code));
    egal(q.code, 'nom', l.nom, q.nom);
    egal(q.code, 'codes_insee', l.codes_insee, q.communes.join(' / '));
    egal(q.code, 'population', l.population, q.population);
    egal(q.code, 'revenu_fiscal_median', l.revenu_fiscal_median, q.revenu_fiscal_median);
    egal(q.code, 'npnru', l.npnru, { national: 'national', regional: 'régional', false: 'non' }[String(q.npnru)]);
    egal(q.code, 'page_source', l.page_source, q.source.page);
    egal(q.code, 'individus_menages', l.individus_menages, q.carroyage?.individus_menages);
    for (const [cle] of tranchesAge) egal(q.code, age(cle), l[age(cle)], q.carroyage?.tranches[cle]);
    for (const id of indicateurIds) {
      const i = q.indicateurs?.find((x) => x.id === id);
      egal(q.code, `${id}_valeur`, l[`${id}_valeur`], i?.valeur);
      egal(q.code, `${id}_min`, l[`${id}_min`], i?.min);
      egal(q.code, `${id}_max`, l[`${id}_max`], i?.max);
    }
    egal(q.code, 'nombre_equipements', l.nombre_equipements, q.equipements?.length ?? 0);
    if (!l.communes) erreurs.push(`${q.code} : communes vide`);
  }
  aucuneErreur(erreurs, 'écart(s) entre quartiers.csv et quartiers.json');
});
