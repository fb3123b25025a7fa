import { test } from 'node:test';
import assert from 'node:assert/strict';
import { avertissementPublication, reglagesDePublication, reglagesManquants } from '../../../../src/lib/publication/reglages.ts';

const tous = {
  SITE_URL: 'https://quartiers.exemple.fr',
  PUBLISHER_NAME: 'Communauté d’Agglomération de Lens-Liévin',
  PUBLISHER_CONTACT: 'accessibilite@exemple.fr',
  ACCESSIBILITY_SCHEME_URL: 'https://exemple.fr/schema.pdf',
  STATEMENT_DATE: '2026-11-30',
  PUBLICATION_DIRECTOR: 'Jeanne Martin',
  HOSTING_PROVIDER: 'Hébergeur Exemple SAS, 1 rue de l’Exemple, 62300 Lens, 03 21 00 00 00',
};

test('rien ne manque quand chaque réglage est renseigné : pas d’avertissement', () => {
  assert.deepEqual(reglagesManquants(tous), []);
  assert.equal(avertissementPublication(tous), undefined);
});

test('sans aucun réglage, l’avertissement les nomme tous, un par ligne, avec leur rôle', () => {
  const texte = avertissementPublication({});
  assert.ok(texte);
  const lignes = texte.split('\n');
  assert.match(lignes[0]!, /^Attention : 7 réglages qu'un site publié doit avoir ne sont pas renseignés/);
  assert.deepEqual(lignes.slice(1).map((l) => l.match(/^ {2}- ([A-Z_]+) : \S/)?.[1]), reglagesDePublication.map((r) => r.variable));
});

test('un réglage vide ou fait d’espaces compte comme absent ; un seul manquant est dit au singulier', () => {
  const texte = avertissementPublication({ ...tous, PUBLISHER_CONTACT: '   ' });
  assert.match(texte ?? '', /^Attention : un réglage qu'un site publié doit avoir n'est pas renseigné/);
  assert.deepEqual(reglagesManquants({ ...tous, SITE_URL: '', STATEMENT_DATE: undefined }).map((r) => r.variable), ['SITE_URL', 'STATEMENT_DATE']);
});
