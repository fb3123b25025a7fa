import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseVerification } from '../../../../src/lib/site/verification.ts';
import { normaliser, textesAVerifier, verifierTextes } from '../../../../src/lib/content/verification-sources.ts';

const releve = {
  date: '2026-12-06',
  longueur_min: 20,
  textes: 2916,
  trouves: 2908,
  documents: ['a', 'b', 'c', 'd'].map((id) => ({ id, fichier: `${id}.txt` })),
  non_verifies: [],
  absents: Array.from({ length: 8 }, (_, i) => ({ fichier: 'quartiers/x.yaml', champ: `nom${i}`, texte: 'x'.repeat(20) })),
};

test('la phrase de la méthodologie dit la date et les comptes du relevé', () => {
  assert.equal(
    phraseVerification(releve, (id) => id).replace(/[\u00a0\u202f]/g, ' '),
    'Le 6 décembre 2026, un outil a cherché les 2 916 textes de 20 caractères ou plus des données dans les 4 documents sources, aux accents, majuscules, espaces et tirets près : 2 908 s’y retrouvent tels quels ; les 8 autres n’y sont pas mot pour mot, et le relevé de la vérification les liste pour relecture.',
  );
  const tout = phraseVerification({ ...releve, trouves: 12, textes: 12, absents: [], documents: releve.documents.slice(0, 1), non_verifies: ['tfpb'] }, () => 'Programmes TFPB');
  assert.match(tout, /dans le document source, .* : tous s’y retrouvent tels quels\. « Programmes TFPB » n’a pas été vérifié\.$/);
});

test('accents, casse, espaces, tirets et retours à la ligne de l’OCR sont tolérés ; les mots non', () => {
  assert.equal(normaliser('Cité  Bel-Air,\n« école » l’été'), normaliser('CITE BEL AIR, "Ecole" l\'ete'));
  const { textes, absents } = verifierTextes(
    [{ fichier: 'quartiers/a.yaml', data: { nom: 'court', diagnostics: [{ atouts: ['- Un tissu associatif très dynamique', 'Une phrase qui n’est pas dans le document'] }], remarques: [{ remarque: 'Nos mots à nous, jamais cherchés dans la source' }] } }],
    ['Atouts :\nun tissu asso-\nciatif  très dyna-\nmique'],
  );
  assert.equal(textes, 2);
  assert.deepEqual(absents, [{ fichier: 'quartiers/a.yaml', champ: 'diagnostics.0.atouts.1', texte: 'Une phrase qui n’est pas dans le document' }]);
  assert.deepEqual(textesAVerifier({ id: 'un-identifiant-assez-long-pour-compter', fichier: 'un-fichier-assez-long.pdf' }), []);
});
