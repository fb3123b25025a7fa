// donnees/datapackage.json as a reuser's validator reads it (npm run build:essais first): Frictionless's own
// JavaScript libraries check the descriptor (datapackage) and every CSV against its Table Schema, types,
// constraints, primary and foreign keys (tableschema), on the files as published. A broken copy must fail.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import datapackage from 'datapackage';
import tableschema from 'tableschema';
import { DIST_DEFAUT, aucuneErreur, fichiers } from './outils.ts';

const DONNEES = join(DIST_DEFAUT, 'donnees');
assert.ok(existsSync(join(DONNEES, 'datapackage.json')), `${DONNEES}/datapackage.json manque : lancez d'abord npm run build:essais.`);

const temporaires: string[] = [];
after(() => temporaires.forEach((t) => rmSync(t, { recursive: true, force: true })));

interface Bilan {
  erreurs: string[];
  lignes: Map<string, number>;
}

/**
 * Everything the Frictionless libraries find wrong with the package in `dossier`. The CSV files start with a
 * UTF-8 byte order mark, which tableschema's reader keeps as part of the first header name: its CSV parser
 * (csv-parse) is told to skip it (`bom: true`); the file itself is streamed untouched.
 */
async function valider(dossier: string): Promise<Bilan> {
  const paquet = await datapackage.Package.load(join(dossier, 'datapackage.json'));
  const erreurs = paquet.errors.map((e) => `datapackage.json : ${e.message}`);
  if (!paquet.valid) erreurs.push('datapackage.json : descripteur non conforme au profil Data Package');
  const lignes = new Map<string, number>();
  const lues = new Map<string, object[]>();
  // Referenced resources first, so that foreign keys can be checked against their rows.
  const tabulaires = paquet.resources.filter((r) => r.tabular).sort((a, b) => Number(a.name === 'equipements') - Number(b.name === 'equipements'));
  assert.ok(tabulaires.length >= 2, `${tabulaires.length} ressource(s) tabulaire(s) seulement`);
  for (const r of tabulaires) {
    const { dialect = {}, encoding } = r.descriptor;
    const table = await tableschema.Table.load(() => createReadStream(r.source), {
      schema: r.schema,
      encoding,
      delimiter: dialect.delimiter,
      quote: dialect.quoteChar,
      bom: true,
    });
    const relations = Object.fromEntries(lues);
    let rangees: Awaited<ReturnType<typeof table.read>>;
    try {
      rangees = await table.read({ keyed: true, relations, forceCast: true });
    } catch (e) {
      erreurs.push(`${r.name} : ${(e as Error).message} ${((e as { errors?: Error[] }).errors ?? []).map((x) => x.message).join(' ; ')}`);
      continue;
    }
    for (const rangee of rangees) {
      if (rangee instanceof Error) erreurs.push(`${r.name} : ${rangee.message} ${(rangee.errors ?? []).map((x) => x.message).join(' ; ')}`);
    }
    lignes.set(r.name, rangees.length);
    lues.set(r.name, rangees.filter((x) => !(x instanceof Error)));
  }
  return { erreurs, lignes };
}

const paquet = JSON.parse(readFileSync(join(DONNEES, 'datapackage.json'), 'utf8'));

test('datapackage.json liste chaque téléchargement avec sa taille et son empreinte SHA-256 exactes', () => {
  const publies = fichiers(DONNEES, '').filter((f) => !['index.html', 'datapackage.json', 'catalogue.jsonld'].includes(f));
  const listes = paquet.resources.map((r: { path: string }) => r.path).sort();
  assert.deepEqual(listes, publies);
  // The fiches (JSON, CSV), the équipements, the programmes, the territory, the three schemas, and one file per fiche.
  assert.equal(listes.length, 8 + 21);
  const erreurs: string[] = [];
  for (const r of paquet.resources as { path: string; bytes: number; hash: string; encoding: string }[]) {
    const contenu = readFileSync(join(DONNEES, r.path));
    if (r.bytes !== contenu.byteLength) erreurs.push(`${r.path} : ${r.bytes} octets annoncés, ${contenu.byteLength} réels`);
    if (r.hash !== `sha256:${createHash('sha256').update(contenu).digest('hex')}`) erreurs.push(`${r.path} : empreinte fausse`);
    if (r.encoding !== 'utf-8') erreurs.push(`${r.path} : encodage ${r.encoding}`);
  }
  aucuneErreur(erreurs);
  assert.equal(paquet.licenses[0].name, 'etalab-2.0');
  assert.match(paquet.licenses[0].path, /^https:\/\/www\.etalab\.gouv\.fr\//);
  assert.equal(paquet.sources.length, 4);
  assert.ok(!Number.isNaN(Date.parse(paquet.created)));
  assert.match(paquet.version, /^\d+\.\d+\.\d+$/);
});

test('les Table Schemas déclarent le dialecte des CSV, une clé primaire et la clé étrangère des équipements vers les quartiers', () => {
  const equipements = paquet.resources.find((r: { name: string }) => r.name === 'equipements');
  assert.deepEqual(equipements.dialect, { delimiter: ';', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });
  assert.deepEqual(equipements.schema.primaryKey, ['code_quartier', 'EQUIP_UID']);
  assert.deepEqual(equipements.schema.foreignKeys, [{ fields: ['code_quartier'], reference: { resource: 'quartiers', fields: ['code'] } }]);
  const champs = new Map(equipements.schema.fields.map((f: { name: string }) => [f.name, f]));
  for (const nom of ['EQUIP_UID', 'EQUIP_NOM', 'EQUIP_THEME', 'EQUIP_CODE', 'EQUIP_TYPE', 'ADR_COMMUNE']) assert.ok(champs.has(nom), `champ SCDL ${nom} absent`);
  assert.deepEqual(champs.get('en_projet'), { name: 'en_projet', title: 'En projet', description: 'Vrai pour un équipement que la source annonce « en projet » ou « en cours ».', type: 'boolean', trueValues: ['oui'], falseValues: ['non'] });
  for (const f of equipements.schema.fields) assert.ok(f.title && f.description, `${f.name} : titre ou description manquant`);
});

test('le descripteur et chaque CSV, tels que publiés, passent les validateurs Frictionless (types, contraintes, clés)', { timeout: 60_000 }, async () => {
  const { erreurs, lignes } = await valider(DONNEES);
  aucuneErreur(erreurs, 'erreur(s) de validation');
  assert.equal(lignes.get('quartiers'), 21);
  const equipements = JSON.parse(readFileSync(join(DONNEES, 'quartiers.json'), 'utf8')).quartiers.flatMap((q: { equipements?: unknown[] }) => q.equipements ?? []).length;
  assert.equal(lignes.get('equipements'), equipements);
});

/** Validates a copy of the package in which one CSV had `avant` replaced by `apres`. */
async function copieAbimee(fichier: string, avant: RegExp, apres: string): Promise<string[]> {
  const copie = mkdtempSync(join(tmpdir(), 'qpv-paquet-'));
  temporaires.push(copie);
  cpSync(DONNEES, copie, { recursive: true });
  const texte = readFileSync(join(copie, fichier), 'utf8');
  assert.match(texte, avant, `${fichier} : motif à abîmer introuvable`);
  writeFileSync(join(copie, fichier), texte.replace(avant, apres));
  return (await valider(copie)).erreurs;
}

test('une copie où une population devient du texte est refusée par les mêmes validateurs', { timeout: 60_000 }, async () => {
  // The population of the first quartier is its 6th column (after code, generation, nom, communes, codes_insee).
  const erreurs = await copieAbimee('quartiers.csv', /^(QP\d{6}(?:;[^;\r\n]*){4});\d+;/m, '$1;beaucoup;');
  assert.ok(erreurs.some((e) => /^quartiers : .*"beaucoup" in column "population" is not type "integer"/.test(e)), `type faux non signalé :\n${erreurs.join('\n')}`);
});

test('une copie où la génération d’un code n’est ni 2015 ni 2024 est refusée par les mêmes validateurs', { timeout: 60_000 }, async () => {
  const erreurs = await copieAbimee('quartiers.csv', /^(QP\d{6});2015;/m, '$1;2020;');
  assert.ok(erreurs.some((e) => /^quartiers : .*"enum" constraint for column "generation"/.test(e)), `génération hors liste non signalée :\n${erreurs.join('\n')}`);
});

test('une copie où un équipement renvoie à un quartier inexistant est refusée par les mêmes validateurs', { timeout: 60_000 }, async () => {
  const erreurs = await copieAbimee('equipements.csv', /^QP\d{6};/m, 'QP069999;');
  assert.deepEqual(erreurs, ['equipements : Foreign key "code_quartier" violation in row 2 ']);
});
