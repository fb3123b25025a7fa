// The metadata of the built site as a JSON-LD processor (jsonld) reads them, with no network: the DCAT-AP
// catalogue for data portals, and the schema.org Dataset of the Données page for dataset search engines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { normaliserBase, reglages } from '../../src/site.config.ts';
import { DIST_DEFAUT, Site, aucuneErreur, balises, decoderEntites } from './outils.ts';

const base = normaliserBase(process.env.BASE_PATH);
const site = new Site(DIST_DEFAUT, base, process.env.SITE_URL || undefined);
assert.ok(existsSync(join(DIST_DEFAUT, 'donnees/catalogue.jsonld')), `${DIST_DEFAUT}/donnees/catalogue.jsonld manque : lancez d'abord npm run build:essais.`);

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const SDO = 'http://schema.org/';
type Valeur = { '@id'?: string; '@value'?: string | number | boolean; '@type'?: string | string[]; '@language'?: string };
type Noeud = Valeur & { [propriete: string]: (Valeur & Noeud)[] | undefined };

/**
 * No document is fetched: the catalogue's context is inline, and the page's "https://schema.org" context is
 * answered with the vocabulary mapping of schema.org's published context (its "@vocab").
 */
async function chargeur(url: string) {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`document distant demandé : ${url}`);
  return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': SDO } } };
}

const valeurs = (n: Noeud | undefined, p: string) => (n?.[p] ?? []).map((v) => v['@id'] ?? v['@value']);
const un = (n: Noeud | undefined, p: string) => {
  const liste = n?.[p] ?? [];
  assert.equal(liste.length, 1, `${p} : ${liste.length} valeur(s)`);
  return liste[0]!;
};

const pageDonnees = site.pages.get('donnees/index.html')!;
const attributionPage = decoderEntites(/<p id="attribution">([^<]*)<\/p>/.exec(pageDonnees.html)?.[1] ?? '');
const paquet = JSON.parse(readFileSync(join(DIST_DEFAUT, 'donnees/datapackage.json'), 'utf8'));

test('la page Données et chaque métadonnée donnent la même ligne d’attribution, datée de la construction', () => {
  assert.match(attributionPage, /^Communauté d'Agglomération de Lens-Liévin, Contrat de Ville 2015-2020 — données transcrites.*, mise à jour du \d{1,2}(er)? \S+ \d{4}$/);
  if (reglages.editeur) assert.ok(attributionPage.includes(`transcrites (éditeur : ${reglages.editeur}),`), attributionPage);
  const lire = (f: string) => JSON.parse(readFileSync(join(DIST_DEFAUT, 'donnees', f), 'utf8'));
  assert.equal(paquet.attribution, attributionPage);
  assert.equal(lire('quartiers.json').attribution, attributionPage);
  assert.equal(lire('programmes.json').attribution, attributionPage);
  assert.equal(lire('catalogue.jsonld')['dcat:dataset']['dct:bibliographicCitation']['@value'], attributionPage);
  // One build date everywhere: the catalogue, the package, the JSON files and the page.
  const date = paquet.created;
  assert.equal(lire('quartiers.json').genere_le, date);
  assert.ok(pageDonnees.html.includes(`<time datetime="${date}">`), 'date de mise à jour absente de la page');
});

test('catalogue.jsonld, développé par jsonld : un dcat:Dataset DCAT-AP complet, une distribution par fichier du Data Package', async () => {
  const url = site.urlDe('donnees/catalogue.jsonld');
  const document = JSON.parse(readFileSync(join(DIST_DEFAUT, 'donnees/catalogue.jsonld'), 'utf8'));
  const [catalogue, ...autres] = (await jsonld.expand(document, { base: url, documentLoader: chargeur })) as Noeud[];
  assert.equal(autres.length, 0);
  assert.deepEqual(catalogue!['@type'], [`${DCAT}Catalog`]);
  const jeu = un(catalogue, `${DCAT}dataset`);
  assert.deepEqual(jeu['@type'], [`${DCAT}Dataset`]);
  assert.match(String(un(jeu, `${DCT}title`)['@value']), /quartiers prioritaires/i);
  assert.ok(String(un(jeu, `${DCT}description`)['@value']).length > 100);
  assert.deepEqual(valeurs(jeu, `${DCT}license`), ['https://www.etalab.gouv.fr/licence-ouverte-open-licence/']);
  assert.deepEqual(un(jeu, `${DCT}modified`), { '@value': paquet.created, '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' });
  const periode = un(jeu, `${DCT}temporal`);
  assert.deepEqual(valeurs(periode, `${DCAT}startDate`), ['2015-01-01']);
  assert.deepEqual(valeurs(periode, `${DCAT}endDate`), ['2020-12-31']);
  const territoire = un(jeu, `${DCT}spatial`);
  assert.deepEqual(valeurs(territoire, 'http://www.w3.org/2004/02/skos/core#prefLabel'), ["Communauté d'Agglomération de Lens-Liévin"]);
  assert.deepEqual(valeurs(territoire, `${DCT}identifier`), ['246200364']);
  assert.ok(valeurs(jeu, `${DCAT}keyword`).includes('quartiers prioritaires'));
  const sources = jeu[`${DCT}source`] ?? [];
  assert.equal(sources.length, 4);
  for (const s of sources) assert.match(String(un(s, `${DCT}title`)['@value']), /CALL|Lens-Liévin|Pas-de-Calais habitat/);
  if (reglages.editeur) assert.deepEqual(valeurs(un(jeu, `${DCT}publisher`), 'http://xmlns.com/foaf/0.1/name'), [reglages.editeur]);
  else assert.equal(jeu[`${DCT}publisher`], undefined, 'éditeur inventé alors que PUBLISHER_NAME est vide');

  const distributions = jeu[`${DCAT}distribution`] ?? [];
  assert.equal(distributions.length, paquet.resources.length);
  const erreurs: string[] = [];
  for (const d of distributions) {
    const adresse = String(un(d, `${DCAT}downloadURL`)['@id']);
    const probleme = site.verifier('donnees/catalogue.jsonld', adresse);
    if (probleme) erreurs.push(`${adresse} : ${probleme}`);
    const fichier = decodeURIComponent(new URL(adresse).pathname.slice(base.length));
    const ressource = paquet.resources.find((r: { path: string }) => `donnees/${r.path}` === fichier);
    if (!ressource) erreurs.push(`${adresse} : absente du Data Package`);
    else {
      if (String(un(d, `${DCAT}byteSize`)['@value']) !== String(ressource.bytes)) erreurs.push(`${adresse} : taille`);
      if (un(d, `${DCAT}mediaType`)['@id'] !== `https://www.iana.org/assignments/media-types/${ressource.mediatype}`) erreurs.push(`${adresse} : type de média`);
    }
    if (!valeurs(d, `${DCT}license`).includes('https://www.etalab.gouv.fr/licence-ouverte-open-licence/')) erreurs.push(`${adresse} : licence`);
  }
  aucuneErreur(erreurs);
});

test('la page Données porte un bloc JSON-LD schema.org Dataset que jsonld développe', async () => {
  const blocs = [...pageDonnees.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  assert.equal(blocs.length, 1, `${blocs.length} bloc(s) JSON-LD`);
  assert.ok(balises(pageDonnees.html).some((b) => b.nom === 'script' && b.attributs.get('type') === 'application/ld+json'));
  const [jeu, ...autres] = (await jsonld.expand(JSON.parse(blocs[0]!), { base: site.urlDe('donnees/index.html'), documentLoader: chargeur })) as Noeud[];
  assert.equal(autres.length, 0);
  assert.deepEqual(jeu!['@type'], [`${SDO}Dataset`]);
  assert.match(String(un(jeu, `${SDO}name`)['@value']), /quartiers prioritaires/i);
  assert.ok(String(un(jeu, `${SDO}description`)['@value']).length >= 50);
  assert.deepEqual(valeurs(jeu, `${SDO}license`), ['https://www.etalab.gouv.fr/licence-ouverte-open-licence/']);
  assert.deepEqual(valeurs(jeu, `${SDO}temporalCoverage`), ['2015/2020']);
  assert.deepEqual(valeurs(jeu, `${SDO}creditText`), [attributionPage]);
  assert.deepEqual(valeurs(un(jeu, `${SDO}spatialCoverage`), `${SDO}name`), ["Communauté d'Agglomération de Lens-Liévin"]);
  assert.equal((jeu![`${SDO}isBasedOn`] ?? []).length, 4);
  const fichiers = (jeu![`${SDO}distribution`] ?? []).map((d) => String(valeurs(d, `${SDO}contentUrl`)[0]));
  assert.ok(fichiers.length >= 5, `${fichiers.length} distribution(s)`);
  aucuneErreur(fichiers.flatMap((f) => (site.verifier('donnees/index.html', f) ? [`${f} : ${site.verifier('donnees/index.html', f)}`] : [])));
  // The sizes the page gives are those of the files, and its date theirs.
  aucuneErreur(
    (jeu![`${SDO}distribution`] ?? []).flatMap((d) => {
      const adresse = new URL(String(valeurs(d, `${SDO}contentUrl`)[0]), site.urlDe('donnees/index.html'));
      const reels = statSync(join(DIST_DEFAUT, decodeURIComponent(adresse.pathname.slice(base.length)))).size;
      const annonce = String(valeurs(d, `${SDO}contentSize`)[0]);
      return annonce === `${reels} B` ? [] : [`${adresse.pathname} : ${annonce} annoncés, ${reels} B réels`];
    }),
  );
  assert.deepEqual(valeurs(jeu, `${SDO}dateModified`), [paquet.created]);
});

test('le chargeur de contextes des tests refuse tout document distant', async () => {
  await assert.rejects(jsonld.expand({ '@context': 'https://exemple.test/contexte.jsonld', nom: 'x' }, { documentLoader: chargeur }), (e: { details?: { code?: string; url?: string } }) => {
    assert.equal(e.details?.code, 'loading remote context failed');
    assert.equal(e.details?.url, 'https://exemple.test/contexte.jsonld');
    return true;
  });
});
