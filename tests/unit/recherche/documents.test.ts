import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentsRecherche } from '../../../src/lib/recherche/documents.ts';
import { ancres } from '../../../src/lib/site/ancres.ts';
import { construireModele } from '../../../src/lib/site/modele.ts';
import { quartierMinimal } from '../quartier-minimal.ts';
import { modele } from './modele-exemple.ts';
import { lensLievin } from '../territoires.ts';

const documents = [...documentsRecherche(modele)];

test('un document par commune et domaine, chacun à une adresse propre : la section de ce domaine sur la page de la commune', () => {
  assert.deepEqual(documents.map((d) => d.url).filter((u) => u.startsWith('/communes/')).sort(), ['/communes/lens/#domaine-f', '/communes/lievin/#domaine-c']);
});

test('une entrée du glossaire par document, à son ancre, le terme pour nom', () => {
  const glossaire = documents.filter((d) => d.url.startsWith('/glossaire/#'));
  assert.ok(glossaire.length > 5);
  assert.match(glossaire.find((d) => d.url === '/glossaire/#qpv')!.content, /data-pagefind-meta="nom\[data-valeur\]" data-valeur="QPV"/);
});

test('chaque équipement est un titre ancré comme sa ligne sur la page de sa commune, avec les mots de son genre et ses quartiers', () => {
  const lievin = documents.find((d) => d.url === '/communes/lievin/#domaine-c')!.content;
  assert.match(lievin, new RegExp(`<h2 id="${ancres.equipement('fontaine')}"[^>]*>La Fontaine</h2><p data-pagefind-weight="3">¦ école, établissement scolaire, Les écoles</p><p>¦ rue des Écoles</p>`));
  assert.match(lievin, /<h1>Enseignement à Liévin<\/h1>/);
  assert.match(lievin, /¦ Calonne \(QP062028\)<\/p>/);
  // Filters and the kinds of équipements are attributes: their words are not counted as the document's text.
  assert.match(lievin, /<span data-pagefind-filter="commune\[data-valeur\]" data-valeur="Liévin"><\/span>/);
  assert.match(lievin, /<span data-pagefind-meta="genres\[data-valeur\]" data-valeur="Liévin, école, établissement scolaire"><\/span>/);
});

test('un équipement partagé figure une fois, avec tous ses quartiers ; le texte est échappé', () => {
  const lens = documents.find((d) => d.url === '/communes/lens/#domaine-f')!.content;
  assert.equal(lens.match(/<h2 /g)?.length, 1);
  assert.match(lens, /Piscine Olympique &lt;Municipale&gt;/);
  assert.match(lens, /¦ En limite du périmètre<\/p>/);
  assert.match(lens, /¦ Grande Résidence \(QP062025\) ; Calonne \(QP062028\)<\/p>/);
  assert.doesNotMatch(lens, /<Municipale>/);
});

test('les documents d’équipements portent les listes de leurs quartiers, seulement quand le territoire en a deux', () => {
  assert.doesNotMatch(documents.map((d) => d.content).join(''), /data-pagefind-filter="liste/);
  const stade = { id: 'stade', nom: 'Stade', commune: '62032', domaine: 'F' as const };
  const ecole = { id: 'ecole', nom: 'École', commune: '62032', domaine: 'C' as const };
  const mixte = construireModele(
    [
      { ...quartierMinimal, code: 'QN06201A', equipements: [stade, ecole] },
      { ...quartierMinimal, code: 'QP062002', equipements: [stade] },
    ],
    (code) => ({ code, nom: 'Angres', population: 4300, departement: '62' }),
    () => true,
    { territoire: lensLievin },
  );
  const listes = (domaine: string) =>
    [...[...documentsRecherche(mixte)].find((d) => d.url.endsWith(`#domaine-${domaine.toLowerCase()}`))!.content.matchAll(/data-pagefind-filter="liste\[data-valeur\]" data-valeur="([^"]+)"/g)].map((x) => x[1]);
  assert.deepEqual(listes('F'), ['QPV 2015', 'Quartiers 2030']);
  assert.deepEqual(listes('C'), ['Quartiers 2030']);
});

test('chaque document porte sa clé de tri, sans laquelle Pagefind l’écarterait d’une recherche par filtres seuls', () => {
  for (const d of documents) assert.match(d.content, /<main data-pagefind-body data-pagefind-sort="rang:[45] [^"]+">/, d.url);
  assert.match(documents.find((d) => d.url === '/communes/lievin/#domaine-c')!.content, /data-pagefind-sort="rang:4 lievin c"/);
});
