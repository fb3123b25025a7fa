import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quartier } from '../../../../src/schemas/index.ts';
import { reglesQuartiers } from '../../../../src/lib/content/regles-quartiers.ts';
import type { Entree } from '../../../../src/lib/content/collections.ts';
import { quartierMinimal } from '../../quartier-minimal.ts';

const base = quartierMinimal;
const entree = (data: Quartier, nomFichier = `${data.code.toLowerCase()}.yaml`): Entree<Quartier> => ({
  fichier: `content/quartiers/${nomFichier}`,
  nomFichier,
  data,
  ligne: (chemin) => chemin.length + 1,
});
const connues = new Set(['62032', '62498', '62133']);
const verifier = (...entrees: Entree<Quartier>[]) => reglesQuartiers(entrees, (c) => connues.has(c));
const equipement = { id: 'college-david-marcel-billy-montigny', nom: 'Collège David Marcel', commune: '62133', domaine: 'C' as const };

test('des fiches cohérentes ne donnent aucun problème', () => {
  assert.deepEqual(verifier(entree(base), entree({ ...base, code: 'QP062047', equipements: [equipement] })), []);
});

test('le nom du fichier doit être le code en minuscules', () => {
  const [p] = verifier(entree(base, 'camus.yaml'));
  assert.equal(p!.fichier, 'content/quartiers/camus.yaml');
  assert.equal(p!.chemin, 'code');
  assert.match(p!.message, /qp062002\.yaml/);
});

test('un code en double nomme les deux fichiers, sans jamais demander d’en renommer un sur l’autre', () => {
  // « qp062002-copie.yaml » is read before « qp062002.yaml »: neither message may ask to rename the copy to the real fiche's name.
  const problemes = verifier(entree(base, 'qp062002-copie.yaml'), entree(base));
  assert.deepEqual(problemes.map((p) => [p.fichier, p.chemin, p.message]), [
    [
      'content/quartiers/qp062002.yaml',
      'code',
      "code QP062002 à la fois dans content/quartiers/qp062002-copie.yaml et dans content/quartiers/qp062002.yaml : chaque quartier a son propre code ; donnez à la fiche copiée le code de son quartier, puis nommez son fichier d'après ce code",
    ],
  ]);
});

test('un code postal écrit pour une commune inconnue est reconnu comme tel', () => {
  const [p] = reglesQuartiers([entree({ ...base, equipements: [{ ...equipement, commune: '62701' }] })], (c) => c !== '62701', (c) => (c === '62701' ? [{ code: '62178', nom: 'Bruay-la-Buissière' }] : []));
  assert.match(p!.message, /commune inconnue « 62701 » : .* ; 62701 est le code postal de Bruay-la-Buissière \(code INSEE "62178"\)$/);
});

test('la fiche d’exemple du démarreur est refusée', () => {
  const [p] = verifier(entree({ ...base, exemple: true }));
  assert.equal(p!.chemin, 'exemple');
  assert.match(p!.message, /^fiche d'exemple écrite par npm run nouveau-territoire, aux chiffres inventés : remplacez-la/);
});

test('une commune inconnue est signalée avec le chemin du champ', () => {
  const [p] = verifier(entree({ ...base, equipements: [{ ...equipement, commune: '62999' }] }));
  assert.equal(p!.chemin, 'equipements.0.commune');
  assert.match(p!.message, /commune inconnue « 62999 »/);
});

test('des tranches d’âge qui ne font pas le total sont signalées', () => {
  const tranches = { '0-3': 1, '4-5': 1, '6-10': 1, '11-14': 1, '15-17': 1, '18-25': 1, '25-64': 1, '65-74': 1, '75+': 1 };
  assert.deepEqual(verifier(entree({ ...base, carroyage: { individus_menages: 9, tranches } })), []);
  const [p] = verifier(entree({ ...base, carroyage: { individus_menages: 10, tranches } }));
  assert.equal(p!.chemin, 'carroyage.tranches');
  assert.match(p!.message, /font 9 et non 10/);
});

test('les bornes d’un indicateur doivent être celles de sa valeur imprimée', () => {
  const ind = { id: 'caf-rsa' as const, libelle: 'Part', valeur: '25 à 30%', min: 25, max: 30, unite: '%' as const };
  assert.deepEqual(verifier(entree({ ...base, indicateurs: [ind] })), []);
  const [p] = verifier(entree({ ...base, indicateurs: [{ ...ind, max: 35 }] }));
  assert.equal(p!.chemin, 'indicateurs.0');
  assert.match(p!.message, /attendu min 25, max 30/);
});

test('un équipement partagé doit porter le même nom partout', () => {
  const problemes = verifier(
    entree({ ...base, equipements: [equipement] }),
    entree({ ...base, code: 'QP062047', equipements: [{ ...equipement, nom: 'College D. Marcel' }] }),
  );
  assert.equal(problemes.length, 1);
  assert.equal(problemes[0]!.fichier, 'content/quartiers/qp062047.yaml');
  assert.match(problemes[0]!.message, /même nom et la même commune partout/);
});
