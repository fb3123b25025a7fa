// A made-up 2024-2030 contract (tests/fixtures/territoire-exemple-2024), built into a folder of its own: its fiches
// show its own headings, columns, axes and indicators; no page, CSV or search fragment speaks of what it does not
// declare (the 2015 piliers, the kit CGET, the carroyage, a scan); each « page N » leads to its own document.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { RACINE_PROJET, Site, aucuneErreur, construire, fichiers, lireCsv, texteDeHtml } from './outils.ts';

const CONTENU = join(RACINE_PROJET, 'tests/fixtures/territoire-exemple-2024');
const territoire = parse(readFileSync(join(CONTENU, 'territoire.yaml'), 'utf8')) as {
  diagnostic: { titre: string; colonnes: Record<'atouts' | 'faiblesses' | 'perspectives', string>; axes: { id: string; libelle: string }[] };
  indicateurs: { titre: string; liste: { id: string; libelle: string }[] };
  sources: { id: string; url: string; decalage_pages?: number }[];
};

let temporaire: string;
let site: Site;

before(() => {
  temporaire = mkdtempSync(join(tmpdir(), 'qpv-territoire-2024-'));
  const dist = join(temporaire, 'dist');
  construire(dist, { CONTENT_DIR: CONTENU });
  site = new Site(dist);
}, { timeout: 5 * 60_000 });

after(() => {
  if (temporaire) rmSync(temporaire, { recursive: true, force: true });
});

const texte = (chemin: string) => texteDeHtml(site.pages.get(chemin)!.html);

test('une fiche porte les titres, colonnes, axes et indicateurs du contrat, dans ses mots', () => {
  const html = site.pages.get('quartiers/qn06201a/index.html')!.html;
  const { diagnostic, indicateurs } = territoire;
  assert.match(html, new RegExp(`<h2 id="diagnostic">${diagnostic.titre}</h2>`));
  assert.match(html, new RegExp(`<h2 id="indicateurs">${indicateurs.titre}</h2>`));
  // The fiche's axes (education, transition) in the contract's order, under their printed headings.
  const axes = [...html.matchAll(/<h4 id="diagnostic-1-axe-\d+">([^<]+)<\/h4>/g)].map((m) => m[1]);
  assert.deepEqual(axes, ['Éducation et réussite éducative', 'Transition écologique et cadre de vie']);
  const colonnes = [...html.matchAll(/<h5>([^<(]+?) <span class="compte">/g)].map((m) => m[1]);
  assert.deepEqual(colonnes.slice(0, 3), Object.values(diagnostic.colonnes));
  // Its exact values, as printed, under the declared wording.
  const fiche = texte('quartiers/qn06201a/index.html');
  for (const [libelle, valeur] of [['Taux de pauvreté', '45,2 %'], ['Taux d’emploi des 15-64 ans', '38 %'], ['Part des familles monoparentales', '27,5 %']]) {
    assert.ok(fiche.includes(`${libelle} : ${valeur}`), `${libelle} : ${valeur} absent`);
  }
  assert.doesNotMatch(html, /id="ages"/, 'une section des âges que le territoire ne déclare pas');
  // Its income is what territoire.yaml says it is.
  assert.match(fiche, /Revenu médian \(Insee-DGFiP, Filosofi 2019 : revenu disponible médian\) : 13 400 € par an/);
  assert.match(fiche, /Quartier du NPNRU, le programme de renouvellement urbain, d’intérêt régional/);
});

test('la page d’accueil et quartiers.csv disent la place de chaque quartier dans le NPNRU ; le CSV n’a de colonnes que pour ce qui est déclaré', () => {
  assert.match(site.pages.get('index.html')!.html, /<td>Régional<\/td>/);
  assert.match(texte('index.html'), /Il contient une fiche par quartier : qui y vit, chiffres clés du contrat, enjeux du quartier \(forces, fragilités et orientations 2024-2030\) et les équipements qui lui sont rattachés\./);
  const [entete, ...lignes] = lireCsv(readFileSync(join(site.dossier, 'donnees/quartiers.csv'), 'utf8').replace(/^\ufeff/, '')).lignes;
  const indicateurs = territoire.indicateurs.liste.flatMap(({ id }) => [`${id}_valeur`, `${id}_min`, `${id}_max`]);
  assert.deepEqual(entete, ['code', 'generation', 'nom', 'communes', 'codes_insee', 'population', 'revenu_fiscal_median', 'npnru', 'page_source', ...indicateurs, 'nombre_equipements']);
  const npnru = Object.fromEntries(lignes.map((l) => [l[0], l[entete!.indexOf('npnru')]]));
  assert.deepEqual(npnru, { QN06201A: 'régional', QN06202B: 'non' });
  // Every column has a value in some row: none is empty everywhere.
  const vides = entete!.filter((_, i) => lignes.every((l) => !l[i]));
  assert.deepEqual(vides, []);
});

test('chaque « page N » mène à son propre document, à la page décalée de son decalage_pages', () => {
  const liens = (chemin: string) => [...site.pages.get(chemin)!.html.matchAll(/<a href="([^"]+)">page (\d+)<\/a>/g)].map((m) => [m[1], m[2]]);
  const [contrat, annexe] = territoire.sources;
  assert.deepEqual(new Set(liens('quartiers/qn06201a/index.html').map(([href]) => href)), new Set([`${annexe!.url}#page=9`]));
  assert.deepEqual(new Set(liens('quartiers/qn06202b/index.html').map(([href]) => href)), new Set([`${contrat!.url}#page=31`]));
  // A commune's équipements cite their fiche's page the same way.
  assert.deepEqual(liens('communes/bethune/index.html'), [[`${annexe!.url}#page=9`, '7']]);
  const paquet = JSON.parse(readFileSync(join(site.dossier, 'donnees/datapackage.json'), 'utf8'));
  assert.deepEqual(paquet.sources.map((s: { path?: string }) => s.path), [contrat!.url, annexe!.url]);
});

test('aucune page, aucun CSV, aucun fragment de recherche ne parle de ce que le territoire n’a pas', () => {
  const interdits = /pilier|kit CGET|carroyage|\bRFL\b|\bOCR\b|reconnaissance de caractères|Pôle emploi|QP062/i;
  const trouves: string[] = [];
  const lus = fichiers(site.dossier, '').filter((f) => /\.(html|csv)$/.test(f));
  assert.ok(lus.length > 15, `${lus.length} pages et CSV seulement`);
  for (const f of lus) {
    const t = readFileSync(join(site.dossier, f), 'utf8');
    const m = interdits.exec(t);
    if (m) trouves.push(`${f} : « ${t.slice(Math.max(0, m.index - 60), m.index + 40).replace(/\s+/g, ' ')} »`);
  }
  const dossier = join(site.dossier, 'pagefind', 'fragment');
  for (const f of fichiers(dossier, '.pf_fragment')) {
    const t = gunzipSync(readFileSync(join(dossier, f))).toString('utf8');
    const m = interdits.exec(t);
    if (m) trouves.push(`pagefind/fragment/${f} : « ${t.slice(Math.max(0, m.index - 60), m.index + 40)} »`);
  }
  aucuneErreur(trouves, 'mot(s) d’un autre contrat');
});

test('chaque lien et ressource des pages existe, glossaire compris', () => {
  aucuneErreur(site.adressesFautives().erreurs, 'adresse(s) fautive(s)');
});
