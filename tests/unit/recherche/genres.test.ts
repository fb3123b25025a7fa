import { test } from 'node:test';
import assert from 'node:assert/strict';
import { genre as genreDe, motsDuGenre } from '../../../src/lib/recherche/genres.ts';

const genre = (nom: string, domaine: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G', reste = {}) => motsDuGenre({ nom, domaine, ...reste }).join(' ; ');

test('une école au nom de personne porte le mot « école », un collège le sien', () => {
  assert.match(genre('La Fontaine', 'C'), /^école ; établissement scolaire$/);
  assert.match(genre('Jean Macé', 'C', { rubrique_source: 'Equipements scolaires' }), /^école ; établissement scolaire ; Equipements scolaires$/);
  // What the name already says is not repeated: « Collège », « école » are in « Collège Jean Vilar », « École maternelle ».
  assert.deepEqual(genreDe({ nom: 'Collège Jean Vilar', domaine: 'C', type_bpe: 'C201' }), ['établissement scolaire']);
  assert.deepEqual(genreDe({ nom: 'Groupe scolaire Jean Zay', domaine: 'C', type_bpe: 'C101' }), ['École maternelle', 'école', 'établissement scolaire']);
  assert.deepEqual(genreDe({ nom: 'École maternelle Jean Zay', domaine: 'C', type_bpe: 'C101' }), ['établissement scolaire']);
  assert.doesNotMatch(genre('Collège Jean Vilar', 'C'), /école/);
  assert.equal(genre('Lycée Henri Darras', 'C'), 'établissement scolaire');
});

test('sport, culture, santé et action sociale ont leurs mots', () => {
  assert.match(genre('Piscine Olympique Municipale', 'F'), /équipement sportif/);
  assert.match(genre('Salle Jean Moulin', 'F', { nature: 'Salle de sport' }), /équipement sportif/);
  assert.match(genre('Médiathèque Jean Jaurès', 'F'), /bibliothèque/);
  assert.doesNotMatch(genre('Médiathèque Jean Jaurès', 'F'), /sport/);
  assert.equal(genre('Centre Social Dhorme', 'D'), 'action sociale');
  assert.match(genre('Maison de quartier Dhorme', 'D'), /centre social/);
  assert.match(genre('CCAS', 'D'), /^action sociale$/);
  assert.match(genre('CCAS', 'D', { rubrique_source: 'Le Centre Social' }), /^action sociale ; Le Centre Social$/);
  assert.equal(genre('Maison de santé', 'D'), 'soins');
  assert.match(genre('Maison médicale', 'D'), /santé/);
  assert.match(genre('Crèche les Lutins', 'D'), /petite enfance/);
});
