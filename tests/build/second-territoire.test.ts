// Another territory, built from tests/fixtures/territoire-exemple-douaisis (a real EPCI, made-up quartiers, one with a
// 2024 code, no programmes folder) into a folder of its own: its pages, links, search, data package and print, and
// not one word of Lens-Liévin anywhere in its output.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { parse } from 'yaml';
import { CHROMIUM, RACINE_PROJET, Site, aucuneErreur, arreter, construire, fichiers, lireCsv, portLibre, servir } from './outils.ts';
import { mentions } from '../unit/territoire/mentions.ts';

const CONTENU = join(RACINE_PROJET, 'tests/fixtures/territoire-exemple-douaisis');
const quartiers = readdirSync(join(CONTENU, 'quartiers')).map((f) => parse(readFileSync(join(CONTENU, 'quartiers', f), 'utf8')) as { code: string; nom: string });
const territoire = parse(readFileSync(join(CONTENU, 'territoire.yaml'), 'utf8')) as { nom: string; nom_court: string };

let temporaire: string;
let site: Site;
let serveur: ChildProcess | undefined;
let navigateur: Browser | undefined;

before(() => {
  temporaire = mkdtempSync(join(tmpdir(), 'qpv-second-territoire-'));
  const dist = join(temporaire, 'dist');
  construire(dist, { CONTENT_DIR: CONTENU });
  site = new Site(dist);
}, { timeout: 5 * 60_000 });

after(async () => {
  await navigateur?.close();
  await arreter(serveur);
  if (temporaire) rmSync(temporaire, { recursive: true, force: true });
});

test('le territoire d’exemple a 3 quartiers, dont un code 2024, son glossaire et aucun dossier programmes', () => {
  assert.equal(quartiers.length, 3);
  assert.ok(quartiers.some((q) => /^QN/.test(q.code)));
  assert.deepEqual(readdirSync(CONTENU).sort(), ['glossaire.yaml', 'quartiers', 'territoire.yaml']);
});

test('sans relevé de vérification des sources, la méthodologie ne parle d’aucune vérification', () => {
  const page = site.pages.get('methodologie/index.html')!.html;
  assert.match(page, /Les textes sont recopiés/);
  assert.doesNotMatch(page, /un outil a cherché|outil vérifie/);
});

test('chaque fiche a sa page, à son code en minuscules, titrée de son nom, sous le titre du territoire', () => {
  for (const q of quartiers) {
    const page = site.pages.get(`quartiers/${q.code.toLowerCase()}/index.html`);
    assert.ok(page, `page de ${q.code} absente`);
    assert.ok(page.html.includes(`<title>${q.nom.replace(/'/g, '&#39;')} (${q.code}) – Quartiers prioritaires de ${territoire.nom_court}</title>`), q.code);
  }
  assert.match(site.pages.get('index.html')!.html, new RegExp(`Les quartiers prioritaires de <span class="insecable">${territoire.nom_court}</span>`));
});

test('une fiche dit la liste de son code et la période du contrat écrite dans territoire.yaml', () => {
  const texte = (code: string) => site.pages.get(`quartiers/${code}/index.html`)!.html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
  assert.match(texte('qn05901m'), /Une fiche de 2024 ?Elle décrit le quartier selon le contrat de ville 2024-2030 \(du 1er janvier 2024 au 31 décembre 2030 ; périmètre de 2024\)\. Son code QN05901M est celui de la liste des quartiers prioritaires en vigueur depuis le 1er janvier 2024, « Quartiers 2030 »/);
  assert.match(texte('qp059990'), /Une fiche de 2015 ?Elle décrit .* Son code QP059990 est celui de la première liste des quartiers prioritaires, « QPV 2015 »/);
});

test('ce que territoire.yaml ne dit pas, les pages ne l’inventent pas : ni source des populations, ni seuil, ni scan, ni programmes', () => {
  const texte = (chemin: string) => site.pages.get(chemin)!.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const html = [...site.pages.values()].map((p) => p.html.replace(/<[^>]+>/g, ' ')).join('\n');
  // No contrat.population, no seuil_bas_revenu, no source marked scanne; a contract of 2024.
  for (const motif of [/RFL/, /2011/, /seuil de bas revenu/i, /11\s?250/, /scanné/, /numérisé/, /\bOCR\b/, /contrat de ville 2015-2020/i, /2014-2015/, /Pas-de-Calais/, /avant le 23 septembre 2018/]) {
    assert.doesNotMatch(html, motif);
  }
  const fiche = texte('quartiers/qn05901m/index.html');
  assert.match(fiche, /2\s480 habitants \. Revenu fiscal médian : 12\s300\s€ par an ;/);
  assert.match(fiche, /Textes du document source, tels qu’imprimés/);
  assert.match(fiche, /Ses textes sont reproduits tels qu’imprimés/);
  assert.match(fiche, /\(du 1er janvier 2024 au 31 décembre 2030 ; périmètre de 2024\)/);
  assert.doesNotMatch(site.pages.get('quartiers/qn05901m/index.html')!.html, /class="seuil"|cle-seuil/);
  // No programme: no page of them, no link or sitemap line to it, no empty file of them.
  assert.doesNotMatch(site.pages.get('index.html')!.html, /href="\/programmes\/"/);
  assert.equal(site.pages.get('programmes/index.html'), undefined);
  assert.doesNotMatch(readFileSync(join(site.dossier, 'sitemap.xml'), 'utf8'), /programmes/);
  assert.throws(() => readFileSync(join(site.dossier, 'donnees/programmes.json')));
  const paquet = JSON.parse(readFileSync(join(site.dossier, 'donnees/datapackage.json'), 'utf8'));
  assert.doesNotMatch(paquet.description, /NPNRU|GUSP|TFPB/);
  assert.ok(!paquet.resources.some((r: { name: string }) => r.name === 'programmes'));
});

test('le glossaire du territoire explique ses mots, pas ceux d’un autre contrat', () => {
  const glossaire = site.pages.get('glossaire/index.html')!.html;
  const ids = [...glossaire.matchAll(/<dt id="([^"]+)"/g)].map((m) => m[1]);
  // Its own acronym and the words of the site and of its fiches…
  for (const id of ['qpv', 'contrat-de-ville', 'cad', 'revenu-fiscal-median', 'kit-cget', 'hlm', 'carroyage', 'bpe', 'maison-de-quartier']) assert.ok(ids.includes(id), `${id} absent`);
  // Its own glossaire.yaml brings its local structure; a 2024 contract names France Travail, and the QPV entry one of its QN codes.
  assert.match(glossaire, /France Travail/);
  assert.doesNotMatch(glossaire, /Pôle emploi/);
  assert.match(glossaire, /\(par exemple QN05901M\)/);
  // …not the words that only Lens-Liévin's fiches, documents or settings use.
  for (const id of ['rfl', 'seuil-de-bas-revenu', 'ocr', 'mds', 'unesco', 'gusp', 'tfpb', 'caj']) assert.ok(!ids.includes(id), `${id} présent`);
  assert.doesNotMatch(glossaire, /id="sigles-incertains"/);
  const territoireJson = JSON.parse(readFileSync(join(site.dossier, 'donnees/territoire.json'), 'utf8'));
  assert.equal(territoireJson.epci, '200044618');
});

// Codes of both generations: the search filters by list, on every page and search document about a quartier.
const listeDe = (code: string) => (/^QN/.test(code) ? 'Quartiers 2030' : 'QPV 2015');

test('chaque fiche porte le filtre « liste » de son code, et la page de recherche propose les deux listes', () => {
  for (const q of quartiers) {
    const html = site.pages.get(`quartiers/${q.code.toLowerCase()}/index.html`)!.html;
    assert.deepEqual([...html.matchAll(/data-pagefind-filter="liste:([^"]*)"/g)].map((x) => x[1]), [listeDe(q.code)], q.code);
  }
  const recherche = site.pages.get('recherche/index.html')!;
  assert.match(recherche.html, /<fieldset data-filtre="liste"><legend>Liste des quartiers<\/legend>/);
  const cases = recherche.balises.filter((b) => b.nom === 'input' && b.attributs.get('name') === 'liste').map((b) => b.attributs.get('value'));
  assert.deepEqual(cases, ['QPV 2015', 'Quartiers 2030']);
});

test('dans l’index, les fiches et les équipements sont filtrés par la liste de leurs quartiers', () => {
  const dossier = join(site.dossier, 'pagefind', 'fragment');
  const lus = fichiers(dossier, '.pf_fragment').map((f) => JSON.parse(gunzipSync(readFileSync(join(dossier, f))).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; filters: Record<string, string[]> });
  for (const q of quartiers) assert.deepEqual(lus.find((d) => d.url === `/quartiers/${q.code.toLowerCase()}/`)?.filters['liste'], [listeDe(q.code)], q.code);
  // A search document's address, as Pagefind writes its file's path: « # » as « %23 ».
  const equipements = lus.filter((d) => /^\/communes\/[^/]+\/%23domaine-/.test(d.url));
  assert.ok(equipements.length > 0, 'aucun document d’équipements');
  // The fixture's équipements all belong to QN05901M.
  for (const d of equipements) assert.deepEqual(d.filters['liste'], ['Quartiers 2030'], d.url);
});

test('quartiers.csv donne la génération de chaque code : 2024 pour un code QN, 2015 pour un code QP', () => {
  const [entete, ...lignes] = lireCsv(readFileSync(join(site.dossier, 'donnees/quartiers.csv'), 'utf8').replace(/^\ufeff/, '')).lignes;
  const generation = (code: string) => lignes.find((l) => l[0] === code)?.[entete!.indexOf('generation')];
  assert.equal(entete![1], 'generation');
  assert.equal(generation('QN05901M'), '2024');
  assert.equal(generation('QN05902K'), '2024');
  assert.equal(generation('QP059990'), '2015');
});

test('chaque lien et ressource des pages existe', () => {
  aucuneErreur(site.adressesFautives().erreurs, 'adresse(s) fautive(s)');
});

test('le Data Package et le catalogue nomment le territoire et ses 3 fiches', () => {
  const paquet = JSON.parse(readFileSync(join(site.dossier, 'donnees/datapackage.json'), 'utf8'));
  assert.equal(paquet.name, 'quartiers-prioritaires-douaisis-agglo');
  assert.equal(paquet.title, `Quartiers prioritaires de la politique de la ville de la ${territoire.nom}`);
  assert.equal(paquet.sources[0].title, 'Contrat de ville « Engagements Quartiers 2030 » du Douaisis (document d\'exemple, fictif)');
  const fiches = JSON.parse(readFileSync(join(site.dossier, 'donnees/quartiers.json'), 'utf8'));
  assert.deepEqual(fiches.quartiers.map((q: { code: string }) => q.code).sort(), quartiers.map((q) => q.code).sort());
  const catalogue = readFileSync(join(site.dossier, 'donnees/catalogue.jsonld'), 'utf8');
  assert.match(catalogue, new RegExp(territoire.nom));
  // The contract's period, as territoire.yaml writes it.
  assert.match(catalogue, /"2024-01-01"[\s\S]*"2030-12-31"/);
});

test('l’index de recherche contient chaque fiche, sous son nom', () => {
  const dossier = join(site.dossier, 'pagefind', 'fragment');
  const textes = fichiers(dossier, '.pf_fragment').map((f) => gunzipSync(readFileSync(join(dossier, f))).subarray('pagefind_dcd'.length).toString('utf8'));
  for (const q of quartiers) assert.ok(textes.some((t) => t.includes(q.nom)), `${q.nom} absent de l’index`);
});

test('aucun fichier texte du site ne nomme Lens-Liévin (ni Lens, Liévin, CALL, 246200364), pas même l’index de recherche', () => {
  const texte = /\.(html|css|js|mjs|json|jsonld|csv|xml|txt|svg|webmanifest)$|_headers$/;
  const lus = fichiers(site.dossier, '').filter((f) => texte.test(f));
  assert.ok(lus.length > 30, `${lus.length} fichiers texte seulement`);
  // The official list of the communes outside the territory, which the search reads to say where a commune typed
  // is (« Lens : CA de Lens-Liévin »), names them rightly: it is reference data, not the territory's text.
  const liste = join(site.dossier, 'recherche', 'communes-france');
  const trouvees = mentions([site.dossier]).filter((m) => texte.test(m.split(':')[0]!) && !m.startsWith(liste));
  const lens = fichiers(liste, '.json').map((f) => readFileSync(join(liste, f), 'utf8')).find((t) => t.includes('["Lens",'));
  assert.ok(lens?.includes('"CA de Lens - Liévin"'), 'Lens et son EPCI absents de la liste des communes hors du territoire');
  const dossier = join(site.dossier, 'pagefind', 'fragment');
  for (const f of fichiers(dossier, '.pf_fragment')) {
    const t = gunzipSync(readFileSync(join(dossier, f))).toString('utf8');
    if (/(?<![\p{L}\p{N}])(?:lens|li[eé]vin|CALL|246200364)(?![\p{L}\p{N}])/iu.test(t)) trouvees.push(`pagefind/fragment/${f}`);
  }
  aucuneErreur(trouvees, 'mention(s) du territoire de Lens-Liévin');
});

test('servi, la recherche trouve une fiche par son nom, et la fiche s’imprime sous le titre du territoire', { timeout: 120_000 }, async () => {
  const port = await portLibre();
  serveur = await servir({ DIST_DIR: site.dossier }, port);
  navigateur = await chromium.launch(CHROMIUM);
  const page = await navigateur.newPage();
  const erreursPage: string[] = [];
  page.on('pageerror', (e) => erreursPage.push(e.message));
  const q = quartiers.find((x) => /^QN/.test(x.code))!;
  await page.goto(`http://127.0.0.1:${port}/recherche/?q=${encodeURIComponent('Glycines')}`);
  await page.locator('#resultats > li').first().waitFor({ timeout: 30_000 });
  assert.ok((await page.locator('#resultats a').allTextContents()).some((t) => t.includes(q.nom)), 'la fiche n’est pas dans les résultats');
  // Its 2024 code, typed in lower case as a URL writes it, finds it first.
  await page.goto(`http://127.0.0.1:${port}/recherche/?q=${q.code.toLowerCase()}`);
  await page.locator('#resultats > li').first().waitFor({ timeout: 30_000 });
  assert.match((await page.locator('#resultats > li').first().textContent()) ?? '', new RegExp(q.code));

  // The list filter, from the address: only the 2015 fiche is left, and its chip says which filter it is.
  await page.goto(`http://127.0.0.1:${port}/recherche/?q=${encodeURIComponent('exemple fictif')}&liste=${encodeURIComponent('QPV 2015')}`);
  await page.locator('#resultats > li').first().waitFor({ timeout: 30_000 });
  const trouves = await page.locator('#resultats > li h3, #resultats > li a').allTextContents();
  assert.ok(trouves.some((t) => t.includes('Résidence du Moulin')), `fiche de 2015 absente : ${trouves.join(' | ')}`);
  assert.ok(!trouves.some((t) => t.includes(q.nom)), `fiche de 2024 malgré le filtre : ${trouves.join(' | ')}`);
  assert.equal(await page.locator('#puces button').getAttribute('aria-label'), 'Retirer le filtre Liste des quartiers : QPV 2015');

  await page.goto(`http://127.0.0.1:${port}/quartiers/${q.code.toLowerCase()}/`);
  const pdf = join(temporaire, 'fiche.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const texte = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  assert.match(texte, new RegExp(`Quartiers prioritaires de ${territoire.nom_court}`), 'en-tête imprimé sans le titre du site');
  assert.match(texte, /Faubourg des Glycines \(exemple fictif\) \(QN05901M\)/);
  assert.doesNotMatch(texte, /Lens|Liévin|CALL/);
  assert.deepEqual(erreursPage, []);
});
