import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { a, commenceParVoyelle, de, la } from '../../../src/lib/elision.ts';
import hMuets from '../../../src/lib/h-muets.json' with { type: 'json' };
import { communeDuTitre, titreTableauCommune } from '../../../src/lib/site/ancres.ts';

// Every commune the site can name: any territory may be published, and a fiche may name a commune outside it.
const communes = (createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as { nom: string; type: string }[])
  .filter((c) => c.type === 'commune-actuelle')
  .map((c) => c.nom);
const lettres = (nom: string) => nom.normalize('NFD').replace(/\p{M}/gu, '');

test('les communes de Lens-Liévin et d’ailleurs : élision devant une voyelle, pas devant un h aspiré', () => {
  assert.equal(de('Avion'), 'd’Avion');
  assert.equal(de('Angres'), 'd’Angres');
  assert.equal(de('Éleu-dit-Leauwette'), 'd’Éleu-dit-Leauwette');
  assert.equal(de('Auchel'), 'd’Auchel');
  assert.equal(de('Harnes'), 'de Harnes');
  assert.equal(de('Hulluch'), 'de Hulluch');
  assert.equal(de('Hénin-Beaumont'), 'd’Hénin-Beaumont');
  assert.equal(de('Lens'), 'de Lens');
  assert.equal(de('Œuilly'), 'd’Œuilly');
  assert.equal(de('Yvetot'), 'd’Yvetot');
  assert.equal(de('Yutz'), 'de Yutz');
  assert.equal(de('Le Portel'), 'du Portel');
  assert.equal(de('Les Attaques'), 'des Attaques');
  assert.equal(de('La Bassée'), 'de La Bassée');
  assert.equal(de("L'Escale"), "de L'Escale");
  assert.equal(a('Le Havre'), 'au Havre');
  assert.equal(a('Les Abymes'), 'aux Abymes');
  assert.equal(a('Avion'), 'à Avion');
  assert.equal(la('CALL'), 'la CALL');
  assert.equal(la('Eurométropole de Strasbourg'), 'l’Eurométropole de Strasbourg');
});

test(`les ${communes.length} communes du Code officiel géographique : « de » et « à » bien formés devant chacune`, () => {
  assert.ok(communes.length > 34_000);
  const fautes: string[] = [];
  for (const nom of communes) {
    const apres = de(nom);
    const l = lettres(nom);
    const voyelle = /^[AEIOUŒÆ]/u.test(l) || /^Y[^AEIOUYaeiouy]/u.test(l);
    // A name never follows « de » or « à » with its own article « Le »/« Les » (contracted), nor « de » before a vowel.
    if (/^(de|à) (Le|Les) /u.test(apres) || /^(de|à) (Le|Les) /u.test(a(nom))) fautes.push(`${nom} : ${apres} / ${a(nom)}`);
    if (voyelle && apres !== `d’${nom}`) fautes.push(`${nom} : ${apres}`);
    if (/^[BCDFGJKMNPQRSTVWXZ]/u.test(l) && !/^L(e|es) /u.test(nom) && apres !== `de ${nom}`) fautes.push(`${nom} : ${apres}`);
    // H and Y before a vowel: elided exactly when the name is listed as mute.
    if (/^(H|Y[AEIOUYaeiouy])/u.test(l) && apres !== (hMuets.includes(nom) ? `d’${nom}` : `de ${nom}`)) fautes.push(`${nom} : ${apres}`);
    if (/^(d’|du |des |de )/u.exec(apres) === null) fautes.push(`${nom} : ${apres}`);
  }
  assert.deepEqual(fautes, []);
});

test('chaque nom à h muet de la liste est une commune du Code officiel géographique, en H ou en Y suivi d’une voyelle', () => {
  const connues = new Set(communes);
  for (const nom of hMuets) {
    assert.ok(connues.has(nom), `${nom} : absente du Code officiel géographique (orthographe ?)`);
    assert.match(lettres(nom), /^(H|Y[aeiouy])/u, nom);
    assert.equal(commenceParVoyelle(nom), true);
  }
});

test('le titre du tableau d’une commune se relit en son nom, pour chaque commune du Code officiel géographique', () => {
  const fautes = communes.filter((nom) => communeDuTitre(titreTableauCommune(de(nom), false), [nom]) !== nom || communeDuTitre(titreTableauCommune(de(nom), true), [nom]) !== nom);
  assert.deepEqual(fautes, []);
  assert.equal(titreTableauCommune(de('Le Portel'), true), 'Tableau de la commune du Portel (suite)');
  assert.equal(communeDuTitre('Tableau de la commune de Lens', ['Liévin']), undefined);
});
