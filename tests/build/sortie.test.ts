// Checks over the whole built site (npm run build:essais first): valid HTML, no broken link, asset or anchor,
// a title and one <h1> per page, and a sitemap that lists exactly the pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { normaliserBase } from '../../src/site.config.ts';
import { DIST_DEFAUT, Site, aucuneErreur, balises, cheminPage, decoderEntites, fichiers, urlsCss, urlsDeBalises } from './outils.ts';

assert.ok(existsSync(join(DIST_DEFAUT, 'index.html')), `${DIST_DEFAUT}/index.html manque : lancez d'abord npm run build:essais.`);
const base = normaliserBase(process.env.BASE_PATH);
const site = new Site(DIST_DEFAUT, base, process.env.SITE_URL || undefined);
const pages = [...site.pages.keys()];

const validateur = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The tables that narrow screens stack as cards (TableauEmpile) write their table roles on purpose: some
    // browsers drop table semantics once the CSS `display` of a table changes.
    'no-redundant-role': 'off',
    // Titles are « page – site », and the official names of some quartiers alone run past the default 70
    // characters (« Les Hauts De Liévin - Résidence Des Provinces - Cités 9-9bis »): the limit is raised, not removed.
    'long-title': ['error', { maxlength: 150 }],
  },
});

test('le site construit a ses pages', () => {
  for (const p of ['index.html', '404.html', 'recherche/index.html', 'donnees/index.html', 'equipements/index.html', 'quartiers/qp062025/index.html']) {
    assert.ok(pages.includes(p), `${p} manque`);
  }
  assert.ok(pages.length >= 21 + 9, `${pages.length} pages seulement`);
});

test('chaque page HTML est valide (html-validate, règles recommandées)', async () => {
  const erreurs: string[] = [];
  for (const [fichier, { html }] of site.pages) {
    const rapport = await validateur.validateString(html, fichier);
    for (const r of rapport.results) for (const m of r.messages) erreurs.push(`${fichier}:${m.line}:${m.column} ${m.ruleId} ${m.message} (${m.selector ?? ''})`);
  }
  aucuneErreur(erreurs);
});

test('le validateur signale une page invalide', async () => {
  const rapport = await validateur.validateString('<!DOCTYPE html><html lang="fr"><head><title>x</title></head><body><p id="a"></p><p id="a"></p><div></span></body></html>', 'faux.html');
  assert.equal(rapport.valid, false);
});

test('aucun lien, ressource, cible de formulaire ou ancre cassé dans les pages', () => {
  const { erreurs, vues } = site.adressesFautives();
  aucuneErreur(erreurs);
  assert.ok(vues > pages.length * 10, `${vues} adresses seulement : l'analyse des pages ne trouve rien`);
});

test('aucune url() cassée dans les feuilles de style', () => {
  const feuilles = fichiers(site.dossier, '.css');
  assert.ok(feuilles.length > 0);
  const erreurs: string[] = [];
  for (const f of feuilles) {
    for (const url of urlsCss(readFileSync(join(site.dossier, f), 'utf8'))) {
      const probleme = site.verifier(f, url);
      if (probleme) erreurs.push(`${f} url(${url}) : ${probleme}`);
    }
  }
  aucuneErreur(erreurs);
});

test('les feuilles de style liées par les pages existent', () => {
  const liees = new Set<string>();
  for (const { balises: liste } of site.pages.values()) {
    for (const b of liste) if (b.nom === 'link' && b.attributs.get('rel') === 'stylesheet') liees.add(b.attributs.get('href')!);
  }
  assert.ok(liees.size > 0, 'aucune feuille de style liée');
});

test('le vérificateur de liens signale fichiers, ancres et sorties de base fautifs', () => {
  assert.match(site.verifier('index.html', `${base}nexiste-pas/`) ?? '', /fichier absent/);
  assert.match(site.verifier('index.html', `${base}equipements/#nexiste-pas`) ?? '', /ancre/);
  assert.match(site.verifier('quartiers/qp062025/index.html', '#nexiste-pas') ?? '', /ancre/);
  assert.match(site.verifier('index.html', `${base}donnees`) ?? '', /barre oblique/);
  assert.equal(site.verifier('index.html', `${base}donnees/quartiers.json`), undefined);
  assert.equal(site.verifier('index.html', 'https://www.insee.fr/'), undefined);
  if (base !== '/') assert.match(site.verifier('index.html', '/quartiers/') ?? '', /hors du chemin de base/);
});

test('chaque page a un <title> non vide et un seul <h1>', () => {
  const erreurs: string[] = [];
  for (const [fichier, { html, balises: liste }] of site.pages) {
    const titres = [...html.matchAll(/<title\b[^>]*>([\s\S]*?)<\/title>/gi)].map((m) => decoderEntites(m[1]!).trim());
    if (titres.length !== 1 || !titres[0]) erreurs.push(`${fichier} : ${titres.length} <title>, ${JSON.stringify(titres)}`);
    const h1 = liste.filter((b) => b.nom === 'h1').length;
    if (h1 !== 1) erreurs.push(`${fichier} : ${h1} <h1>`);
  }
  aucuneErreur(erreurs);
});

test('sitemap.xml liste chaque page (sauf 404.html), et chacune de ses adresses existe', () => {
  const xml = readFileSync(join(site.dossier, 'sitemap.xml'), 'utf8');
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\s*<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decoderEntites(m[1]!));
  assert.equal(new Set(locs).size, locs.length, 'adresse en double dans le plan');
  const erreurs: string[] = [];
  const listees = new Set<string>();
  for (const loc of locs) {
    if (process.env.SITE_URL && !loc.startsWith(`${new URL(process.env.SITE_URL).origin}${base}`)) erreurs.push(`${loc} : pas absolue`);
    if (!process.env.SITE_URL && !loc.startsWith(base)) erreurs.push(`${loc} : hors du chemin de base`);
    const probleme = site.verifier('sitemap.xml', loc);
    if (probleme) erreurs.push(`${loc} : ${probleme}`);
    listees.add(new URL(loc, site.urlDe('')).pathname);
  }
  for (const fichier of pages) {
    if (fichier === '404.html') continue;
    if (!listees.has(`${base}${cheminPage(fichier)}`)) erreurs.push(`${fichier} absente du plan du site`);
  }
  aucuneErreur(erreurs);
  assert.ok(!listees.has(`${base}404.html`), 'la page 404 ne doit pas être dans le plan');
});

test('les pages ne chargent aucun script ni style en ligne (la CSP les bloquerait)', () => {
  const erreurs: string[] = [];
  for (const [fichier, { html, balises: liste }] of site.pages) {
    for (const b of liste) {
      if (b.nom === 'script' && !b.attributs.has('src') && b.attributs.get('type') !== 'application/ld+json') erreurs.push(`${fichier} : <script> en ligne`);
      if (b.attributs.has('style')) erreurs.push(`${fichier} : attribut style sur <${b.nom}>`);
      for (const [nom] of b.attributs) if (/^on[a-z]+$/.test(nom)) erreurs.push(`${fichier} : attribut ${nom} sur <${b.nom}>`);
    }
    if (/<style\b/i.test(html.replace(/<!--[\s\S]*?-->/g, ''))) erreurs.push(`${fichier} : <style> en ligne`);
  }
  aucuneErreur(erreurs);
});

test('l’analyse des balises lit les attributs, les entités et ignore les scripts', () => {
  const liste = balises('<a href="/a/?x=1&amp;y=2" id=z>t</a><!-- <a href="/cache/"> --><script src="/s.js">if (a<b) {"<a href=\'/non/\'>"}</script><img src=\'/i.png\' alt="">');
  assert.deepEqual(urlsDeBalises(liste).map((u) => u.url), ['/a/?x=1&y=2', '/s.js', '/i.png']);
  assert.deepEqual(urlsCss('a{background:url("/a.svg")} b{background:url(/b.png)} /* url(/c.png) */ @import "/d.css";'), ['/a.svg', '/b.png', '/d.css']);
});
