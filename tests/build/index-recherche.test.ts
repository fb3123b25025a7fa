// What Pagefind made of the pages: the text it indexed keeps the words of table headers and definition lists apart.
// Pagefind separates paragraphs and data cells but not <th>, <caption>, <dt> or <dd>: glued to their neighbours
// (« Code INSEE62498 », « ActionResponsableÉchéance »), the words inside could not be found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PAGES_INDEXEES } from '../../scripts/indexer.ts';
import { vocabulaire } from '../../src/lib/recherche/vocabulaire.ts';
import { contenuValide, modeleDe } from '../../src/lib/site/donnees.ts';
import { DIST_DEFAUT, LENS_LIEVIN, aucuneErreur, cheminPage, fichiers, texteDeHtml } from './outils.ts';

/** A Pagefind fragment: gzip of « pagefind_dcd » followed by JSON. */
function fragment(chemin: string): { url: string; content: string; filters?: Record<string, string[]> } {
  return JSON.parse(gunzipSync(readFileSync(chemin)).subarray('pagefind_dcd'.length).toString('utf8'));
}

const echapper = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('les en-têtes de tableau, légendes, termes et définitions sont des mots à part dans l’index de recherche', () => {
  const erreurs: string[] = [];
  let verifies = 0;
  for (const f of fichiers(join(DIST_DEFAUT, 'pagefind', 'fragment'), '.pf_fragment')) {
    const { url, content } = fragment(join(DIST_DEFAUT, 'pagefind', 'fragment', f));
    if (url.includes('%23')) continue; // search documents made from the data (their « # » as Pagefind writes it), not pages
    const html = readFileSync(join(DIST_DEFAUT, decodeURI(url).replace(/^\//, ''), 'index.html'), 'utf8');
    for (const [, contenu] of html.matchAll(/<(?:th|caption|dt|dd)\b[^>]*>(.*?)<\/(?:th|caption|dt|dd)>/gs)) {
      const t = texteDeHtml(contenu!);
      // Texts that end on a word, as Pagefind indexed them (ignored sections are not in the fragment): glued, the next
      // cell's first letter or digit follows at once (« INSEE62498 », « QuartierCommunes »).
      if (!t || !/[\p{L}\p{N}]$/u.test(t) || !content.includes(t)) continue;
      verifies++;
      if (new RegExp(`(?<![\\p{L}\\p{N}])${echapper(t)}(?=[\\p{Lu}\\p{N}])`, 'u').test(content)) erreurs.push(`${url} : « ${t} » collé au texte qui suit`);
    }
  }
  if (!verifies) erreurs.push('aucun en-tête vérifié : les fragments de Pagefind ont-ils changé de forme ?');
  aucuneErreur(erreurs, 'texte(s) collé(s)');
});

test('Pagefind ne lit que les pages à indexer, et toutes : chaque page qui porte data-pagefind-body est dans l’index', () => {
  const indexees = new Set(fichiers(join(DIST_DEFAUT, 'pagefind', 'fragment'), '.pf_fragment').map((f) => decodeURI(fragment(join(DIST_DEFAUT, 'pagefind', 'fragment', f)).url)));
  const erreurs: string[] = [];
  let avecCorps = 0;
  for (const f of fichiers(DIST_DEFAUT, '.html')) {
    if (!readFileSync(join(DIST_DEFAUT, f), 'utf8').includes('data-pagefind-body')) continue;
    avecCorps++;
    // Without it, a search by filters alone, sorted by it, would leave the page out (rang.ts).
    if (!/data-pagefind-body(?:="")? data-pagefind-sort="rang:\d [^"]+"/.test(readFileSync(join(DIST_DEFAUT, f), 'utf8'))) erreurs.push(`${f} : sans clé de tri`);
    if (!matchesGlob(f, PAGES_INDEXEES)) erreurs.push(`${f} : hors de PAGES_INDEXEES (scripts/indexer.ts)`);
    if (!indexees.has(`/${cheminPage(f)}`)) erreurs.push(`${f} : absente de l’index`);
  }
  if (avecCorps < 40) erreurs.push(`${avecCorps} pages à indexer seulement : data-pagefind-body a-t-il changé de forme ?`);
  // The search documents are read from the site's folder, then taken out of it: never published.
  for (const f of fichiers(DIST_DEFAUT, '')) if (f.split('/').some((n) => n.startsWith('#'))) erreurs.push(`${f} : document de recherche publié`);
  aucuneErreur(erreurs, 'page(s) à indexer laissée(s) de côté');
});

test('le vocabulaire des suggestions, fait par la validation pendant la construction, est celui du modèle', () => {
  const attendu = vocabulaire(modeleDe(contenuValide(LENS_LIEVIN)));
  assert.ok(attendu.length > 1000, `${attendu.length} mots seulement`);
  assert.equal(readFileSync(join(DIST_DEFAUT, 'recherche', 'vocabulaire.json'), 'utf8'), JSON.stringify(attendu));
});

test('un territoire aux codes d’une seule génération n’a pas de filtre « Liste des quartiers » : ni sur les pages, ni dans l’index, ni dans le panneau', () => {
  const erreurs: string[] = [];
  for (const f of fichiers(DIST_DEFAUT, '.html')) {
    const html = readFileSync(join(DIST_DEFAUT, f), 'utf8');
    if (/data-pagefind-filter="liste|data-filtre="liste"|name="liste"/.test(html)) erreurs.push(`${f} : filtre liste`);
  }
  for (const f of fichiers(join(DIST_DEFAUT, 'pagefind', 'fragment'), '.pf_fragment')) {
    const { url, filters } = fragment(join(DIST_DEFAUT, 'pagefind', 'fragment', f));
    if (filters && 'liste' in filters) erreurs.push(`${url} : filtre liste dans l’index`);
  }
  aucuneErreur(erreurs, 'filtre(s) « liste » sur un territoire d’une seule liste');
});
