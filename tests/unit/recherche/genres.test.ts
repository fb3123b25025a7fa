import { test } from 'node:test';
import assert from 'node:assert/strict';
import { genre as genreDe, motsDuGenre } from '../../../src/lib/recherche/genres.ts';

const genre = (nom: string, domaine: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G', reste = {}) => motsDuGenre({ nom, domaine, ...reste }).join(' ; ');

test('une école au nom de personne porte le mot « école », un collège le sien', () => {
  assert.match(genre('La Fontaine', 'C'), /^école ; établissement scolaire$/);
  assert.match(genre('Jean Macé', 'C', { rubrique_source: 'Equipements scolaires' }), /^école ; établissement scolaire ; Equipements scolaires$/);
  assert.match(genre('Collège Jean Vilar', 'C', { type_bpe: 'C201' }), /^Collège ; collège ; établissement scolaire$/);
  assert.deepEqual(genreDe({ nom: 'Collège Jean Vilar', domaine: 'C', type_bpe: 'C201' }), ['Collège', 'collège', 'établissement scolaire']);
  assert.doesNotMatch(genre('Collège Jean Vilar', 'C'), /école/);
  assert.match(genre('Lycée professionnel', 'C'), /lycée/);
});

test('sport, culture, santé et action sociale ont leurs mots', () => {
  assert.match(genre('Piscine Olympique Municipale', 'F'), /équipement sportif/);
  assert.match(genre('Salle Jean Moulin', 'F', { nature: 'Salle de sport' }), /équipement sportif/);
  assert.match(genre('Médiathèque Jean Jaurès', 'F'), /bibliothèque/);
  assert.doesNotMatch(genre('Médiathèque Jean Jaurès', 'F'), /sport/);
  assert.match(genre('Centre Social Dhorme', 'D'), /centre social/);
  assert.match(genre('CCAS', 'D'), /^action sociale$/);
  assert.match(genre('CCAS', 'D', { rubrique_source: 'Le Centre Social' }), /^action sociale ; Le Centre Social$/);
  assert.match(genre('Maison de santé', 'D'), /santé/);
  assert.match(genre('Crèche les Lutins', 'D'), /petite enfance/);
});
