import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correspond, formesDuMot, ligatures, sansUnNom, motsTapes, requetePagefind, requetesPagefind, sansAccents, termes } from '../../../src/lib/recherche/texte.ts';

test('une requête est coupée aux signes et aux élisions, accents gardés', () => {
  assert.deepEqual(motsTapes('Cité 12-14'), ['Cité', '12', '14']);
  assert.deepEqual(motsTapes('Quartier du 3/15'), ['Quartier', 'du', '3', '15']);
  assert.deepEqual(motsTapes("l'index d’Avion, qu'il"), ['index', 'Avion', 'il']);
  assert.deepEqual(termes('École ÉCOLE lievin'), ['ecole', 'lievin']);
});

test('Pagefind reçoit des espaces à la place des signes, et une phrase entre guillemets reste une phrase', () => {
  assert.equal(requetePagefind(' Cité 12-14 '), 'Cité 12 14');
  assert.equal(requetePagefind('"Des habitants fidèles"'), '"Des habitants fidèles"');
  assert.equal(requetePagefind('---'), '');
});

test('les articles et mots semblables ne sont cherchés que seuls ou entre guillemets', () => {
  assert.equal(requetePagefind('cadre de vie'), 'cadre vie');
  assert.equal(requetePagefind('Quartier du 3/15'), 'Quartier 3 15');
  assert.equal(requetePagefind('Centre social à Liévin et Lens'), 'Centre social Liévin Lens');
  assert.deepEqual(termes('La Cité des Brebis'), ['cite', 'brebis']);
  assert.deepEqual(termes('Les'), ['les']);
  assert.equal(requetePagefind('plan d eau'), 'plan eau');
  assert.equal(requetePagefind('"cadre de vie"'), '"cadre de vie"');
  assert.deepEqual(termes('"cadre de vie"'), ['cadre', 'de', 'vie']);
});

test('un mot composé est indexé entier et par parties', () => {
  assert.deepEqual(formesDuMot('Lens-Liévin,'), ['lenslievin', 'lens', 'lievin']);
  assert.deepEqual(formesDuMot("d'insécurité."), ['insecurite']);
  assert.deepEqual(formesDuMot('LiévinQuartier'), ['lievinquartier', 'lievin', 'quartier']);
  assert.deepEqual(formesDuMot('¦'), []);
  assert.equal(sansAccents('Égalité'), 'egalite');
});

test('correspond : le mot, un mot qu’il commence, un autre pluriel ou genre', () => {
  assert.ok(correspond('piscine', 'piscine'));
  assert.ok(correspond('pisc', 'piscine'));
  assert.ok(correspond('ecoles', 'ecole'));
  assert.ok(correspond('sociaux', 'sociale'));
  assert.ok(correspond('centres', 'centre'));
  assert.ok(correspond('sportive', 'sportif'));
  assert.ok(correspond('12', '12'));
});

test('correspond : jamais un mot plus court sur lequel Pagefind se rabat, ni un autre mot de même début', () => {
  assert.ok(!correspond('trampoline', 'trame'));
  assert.ok(!correspond('carrousel', 'car'));
  assert.ok(!correspond('marcell', 'marcel'));
  assert.ok(!correspond('piscinne', 'piscine'));
  assert.ok(!correspond('ecoles', 'ecologie'));
  assert.ok(!correspond('14', '1'));
  assert.ok(!correspond('', 'a'));
});

test('œ et æ valent oe et ae : la requête part sous les deux graphies des mots que le site écrit avec une ligature ; « n°2 » vaut « n° 2 », cherché comme Pagefind l’indexe', () => {
  assert.equal(sansAccents('Cœur ŒUVRE Lætitia'), 'coeur oeuvre laetitia');
  const carte = ligatures(['Le Sacré-Cœur et sa mise en œuvre', 'le cœur de ville, Gœulches']);
  assert.deepEqual(carte, { coeur: 'cœur', oeuvre: 'œuvre', goeulches: 'gœulches' });
  assert.deepEqual(requetesPagefind('mise en oeuvre', carte), ['mise oeuvre', 'mise œuvre']);
  assert.deepEqual(requetesPagefind('Mise en Œuvre', carte), ['Mise Œuvre', 'Mise œuvre', 'Mise OEuvre']);
  assert.deepEqual(requetesPagefind('piscine', carte), ['piscine']);
  // A word the site never writes with a ligature is sent as typed only.
  assert.deepEqual(requetesPagefind('oedeme', carte), ['oedeme']);
  assert.deepEqual(motsTapes('école n°2'), ['école', 'n2']);
  assert.deepEqual(motsTapes('école N° 2'), ['école', 'n2']);
  assert.deepEqual(motsTapes('un°3'), ['un', '3']);
  assert.deepEqual(termes('cœur de ville'), ['coeur', 'ville']);
});

test('la requête sans le nom d’une commune qu’elle tient à côté d’autres mots', () => {
  const communes = ['Loos-en-Gohelle', 'Angres', 'Lens'];
  assert.equal(sansUnNom('Camus Angres', communes), 'camus');
  assert.equal(sansUnNom('cité 5 loos en gohelle', communes), 'cite 5');
  assert.equal(sansUnNom('angres', communes), undefined); // nothing else
  assert.equal(sansUnNom('piscine lensoise', communes), undefined); // not the whole word
});
