import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cle, decouper, fichier, fichiersPour, lireFichier, nommees, type CommuneHors } from '../../../src/lib/recherche/communes-france.ts';
import { unNomDans } from '../../../src/lib/recherche/texte.ts';

const c = (nom: string, epci = 'CA X', dep = 'Nord'): CommuneHors => [nom, epci, dep];

test('la clé d’un nom : ses mots cherchés, accents et articles ôtés, bout à bout', () => {
  assert.equal(cle('Hénin-Beaumont'), 'heninbeaumont');
  assert.equal(cle('Le Portel'), 'portel');
  assert.equal(cle('Saint-Amand-les-Eaux'), 'saintamandeaux');
});

test('les communes sont rangées par début de clé, au plus max par fichier, et chacune une seule fois', () => {
  const communes = ['Carvin', 'Carin', 'Cambrai', 'Calais', 'Douai', 'Denain', 'Ca'].map((n) => c(n));
  const fichiers = decouper(communes, 2);
  const ranges = [...fichiers.values()].flat().map((x) => x[0]).sort();
  assert.deepEqual(ranges, communes.map((x) => x[0]).sort());
  for (const [p, l] of fichiers) {
    assert.ok(l.length <= 2 || l.every((x) => cle(x[0]).length <= p.length), p);
    for (const x of l) assert.ok(cle(x[0]).startsWith(p), `${x[0]} dans ${p}`);
  }
  // « ca » itself stays in the file of its whole key.
  assert.ok(fichiers.get('ca')?.some((x) => x[0] === 'Ca'));
});

test('la page lit les fichiers que peut tenir la suite de mots, et y trouve la commune nommée', () => {
  const communes = [c('Carvin', 'CA d’Hénin-Carvin', 'Pas-de-Calais'), c('Carin'), c('Hénin-Beaumont', 'CA d’Hénin-Carvin', 'Pas-de-Calais'), c('Douai')];
  const fichiers = decouper(communes, 1);
  const prefixes = [...fichiers.keys()];
  const lus = fichiersPour('piscine carvin', 1, prefixes);
  assert.ok(lus.length >= 1 && lus.every((p) => 'carvin'.startsWith(p)));
  const dedans = lus.flatMap((p) => lireFichier(fichier(fichiers.get(p)!)));
  assert.deepEqual(nommees('piscine carvin', dedans), [{ commune: communes[0], termes: ['carvin'] }]);
  // A name of several words, typed with or without its hyphen.
  assert.deepEqual(nommees('stade henin beaumont', communes).map((n) => n.commune[0]), ['Hénin-Beaumont']);
  assert.deepEqual(nommees('carvinois', communes), []);
});

test('un fichier dit une fois le nom de chaque intercommunalité et de chaque département', () => {
  const f = fichier([c('A', 'CA X', 'Nord'), c('B', 'CA X', 'Nord'), c('C', '', 'Somme')]);
  assert.deepEqual(f.epci, ['CA X', '']);
  assert.deepEqual(f.departements, ['Nord', 'Somme']);
  assert.deepEqual(lireFichier(f), [c('A', 'CA X', 'Nord'), c('B', 'CA X', 'Nord'), c('C', '', 'Somme')]);
});

test('une commune du site tapée avec d’autres mots : son nom et le reste', () => {
  assert.deepEqual(unNomDans('médiathèque liévin', ['Lens', 'Liévin']), { nom: 'Liévin', reste: 'mediatheque' });
  assert.equal(unNomDans('liévin', ['Liévin']), undefined);
});
