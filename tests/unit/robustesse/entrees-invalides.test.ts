// Bad-input corpus: every broken file must stop `npm run validate` and `npm run build` with a message
// that names the file, the line and the field, and the build must leave no output behind.
// Each case is a mini content folder under tests/fixtures/invalides/; the 5 MB and latin-1 files are generated here.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validerContenu } from '../../../src/lib/content/valider.ts';
import { avecTerritoire, dossierTemporaire, executer, FICHES, FIXTURES, RACINE, TRACE } from './outils.ts';

interface Cas {
  /** Folder under tests/fixtures/invalides/, or a generated one. */
  dossier: string;
  /** The broken file, relative to the case folder. */
  fichier: string;
  ligne: number;
  /** The field as printed (`(fichier)` for the whole file). */
  champ: string;
  message: RegExp;
}

const INVALIDES = join(FIXTURES, 'invalides');
const invalide = (nom: string, ligne: number, champ: string, message: RegExp, fichier = 'quartiers/qp062099.yaml'): Cas => ({
  dossier: join(INVALIDES, nom),
  fichier,
  ligne,
  champ,
  message,
});

const generes = dossierTemporaire('entrees');
after(() => rmSync(generes, { recursive: true, force: true }));

/** Minimal valid fiche, as in the committed fixtures. */
const ficheMinimale = (nom = "Quartier d'essai") =>
  [
    'code: "QP062099"',
    `nom: "${nom}"`,
    'communes: [ "62498" ]',
    'communes_source: "Lens"',
    'population: 1640',
    'revenu_fiscal_median: 9500',
    'npnru: false',
    'source:',
    '  document: contrat-de-ville-2015-2020',
    '  page: 78',
    '',
  ].join('\n');

/** A generated case folder: the real fiche qp062026 plus one generated file. */
function genere(nom: string, octets: Uint8Array): string {
  const dossier = join(generes, nom, 'quartiers');
  mkdirSync(dossier, { recursive: true });
  copyFileSync(join(FICHES, 'qp062026.yaml'), join(dossier, 'qp062026.yaml'));
  writeFileSync(join(dossier, 'qp062099.yaml'), octets);
  avecTerritoire(join(generes, nom));
  return join(generes, nom);
}

const CINQ_MO = 5 * 1024 * 1024;
const texte5Mo = genere('texte-5-mo', Buffer.from(`${ficheMinimale()}remarques:\n  - remarque: "${'x'.repeat(CINQ_MO)}"\n`, 'utf8'));
const latin1 = genere('latin-1', Buffer.from(ficheMinimale('Cité de la Gare'), 'latin1'));

const cas: Cas[] = [
  invalide('yaml-syntaxe', 3, '(fichier)', /YAML invalide : une clé doit tenir sur une ligne et être suivie d'un deux-points et d'une espace/),
  invalide('yaml-deux-points-dans-une-valeur', 3, '(fichier)', /YAML invalide : un deux-points suivi d'une espace .* mettez la valeur entre guillemets \(nom: "Cité 4 : Avion"\)/),
  invalide('yaml-guillemet-fermant', 3, '(fichier)', /YAML invalide : guillemet fermant manquant : un texte ouvert par " se ferme par "/),
  invalide('yaml-tirets-desalignes', 6, '(fichier)', /YAML invalide : les tirets « - » de cette liste ne commencent pas tous à la même colonne : alignez-les$/),
  invalide('tabulation', 11, '(fichier)', /YAML invalide : tabulation dans l'indentation : .* remplacez chaque tabulation par deux espaces/),
  invalide('cle-en-double', 12, 'population', /clé en double « population »/),
  invalide('fichier-vide', 1, '(fichier)', /fichier vide/),
  invalide('liste-au-lieu-de-bloc', 10, 'source', /un bloc de clés.*\(valeur trouvée : une liste\)/),
  invalide('valeur-au-lieu-de-bloc', 12, 'carroyage', /un bloc de clés.*\(valeur trouvée : 1755\)/),
  invalide('mot-au-lieu-de-nombre', 6, 'population', /nombre entier.*\(valeur trouvée : "mille six cent quarante"\)/),
  invalide('revenu-avec-espace-et-euro', 7, 'revenu_fiscal_median', /sans espace, sans unité ni symbole.*\(valeur trouvée : "7 100 €"\)/),
  invalide('code-sans-guillemets', 2, 'code', /entre guillemets.*\(valeur trouvée : 62099\)/),
  invalide('population-negative', 6, 'population', /nombre positif ou nul/),
  invalide('population-absurde', 6, 'population', /valeur invraisemblable \(plus de 100000\)/),
  invalide('champ-manquant', 2, 'nom', /champ obligatoire manquant/),
  invalide('cle-inconnue', 6, 'populaton', /clé inconnue « populaton » : vouliez-vous dire « population » \?$/),
  invalide('bloc-manquant', 1, 'source', /champ obligatoire manquant : un bloc source, .* « document: … », « page: … »$/),
  invalide('nom-vide', 2, 'nom', /^(?!.*retirez).*texte vide : écrivez le texte tel qu’imprimé, entre guillemets$/),
  invalide('equipement-code-postal', 14, 'equipements.0.commune', /la commune 62700 \(Regnauville\) n'est ni membre de l'EPCI .* ; 62700 est le code postal de Bruay-la-Buissière \(code INSEE "62178"\) : .*commune_hors_territoire: true/),
  invalide('fiche-d-exemple', 1, 'exemple', /fiche d'exemple écrite par npm run nouveau-territoire, aux chiffres inventés/),
  invalide('code-malforme', 2, 'code', /"QP" suivi de 6 chiffres.*\(valeur trouvée : "QP62099"\)/),
  invalide('code-en-double', 2, 'code', /^(?!.*doit s'appeler).*code QP062026 à la fois dans \S*\/qp062026\.yaml et dans \S*\/qp062099\.yaml : .* donnez à la fiche copiée le code de son quartier/),
  invalide('commune-inconnue', 4, 'communes.0', /commune inconnue « 62999 »/),
  invalide('tranches-age-fausses', 15, 'carroyage.tranches', /les 9 tranches d'âge font 1710 et non 1755/),
  invalide('alias-en-cascade', 1, '(fichier)', /YAML refusé : .*alias/),
  invalide('commune-hors-epci', 4, 'communes.0', /la commune 59178 \(Douai\) n'est pas membre de l'EPCI .* \(SIREN 246200364, champ epci de territoire\.yaml\)/),
  invalide('source-non-declaree', 10, 'source.document', /document « contrat-de-ville-2024-2030 » absent des sources de territoire\.yaml/),
  invalide('territoire-cle-manquante', 1, 'nom_court', /champ obligatoire manquant/, 'territoire.yaml'),
  invalide('territoire-epci-inconnu', 4, 'epci', /aucun EPCI de SIREN « 246200000 »/, 'territoire.yaml'),
  { dossier: texte5Mo, fichier: 'quartiers/qp062099.yaml', ligne: 1, champ: '(fichier)', message: /fichier trop volumineux/ },
  { dossier: latin1, fichier: 'quartiers/qp062099.yaml', ligne: 1, champ: '(fichier)', message: /pas encodé en UTF-8/ },
];

/** How the scripts name a file: relative to the project root, with forward slashes. */
const nomAffiche = (dossier: string, fichier: string) => relative(RACINE, join(dossier, fichier)).split('\\').join('/');

/** The problem line expected for a case, checked field by field so that a failure says what is missing. */
function verifierSignalement(c: Cas, stderr: string) {
  const nom = nomAffiche(c.dossier, c.fichier);
  const lignes = stderr.split('\n').filter((l) => l.startsWith(`${nom}:`));
  assert.ok(lignes.length > 0, `le fichier ${nom} n'est pas nommé dans :\n${stderr}`);
  const situees = lignes.filter((l) => l.startsWith(`${nom}:${c.ligne}: ${c.champ}: `));
  assert.ok(situees.length > 0, `aucune ligne « ${nom}:${c.ligne}: ${c.champ}: … » dans :\n${lignes.join('\n')}`);
  assert.ok(situees.some((l) => c.message.test(l)), `aucun message ${c.message} dans :\n${situees.join('\n')}`);
  // The valid real fiche beside the broken one is never blamed.
  const saine = nomAffiche(c.dossier, 'quartiers/qp062026.yaml');
  if (c.fichier !== 'quartiers/qp062026.yaml') assert.ok(!stderr.split('\n').some((l) => l.startsWith(`${saine}:`)), `la fiche valide ${saine} est signalée à tort :\n${stderr}`);
  assert.doesNotMatch(stderr, TRACE, 'une trace de pile est montrée à l’utilisateur');
}

describe('entrées invalides', { concurrency: 4 }, () => {
  for (const c of cas) {
    const nomCas = relative(INVALIDES, c.dossier).startsWith('..') ? relative(generes, c.dossier) : relative(INVALIDES, c.dossier);

    test(`${nomCas} : npm run validate échoue et situe le problème`, async () => {
      const r = await executer('validate.ts', { CONTENT_DIR: c.dossier });
      assert.notEqual(r.code, 0, `validate a réussi :\n${r.stdout}`);
      verifierSignalement(c, r.stderr);
    });

    test(`${nomCas} : npm run build échoue sans rien laisser`, async () => {
      const sortie = join(dossierTemporaire('dist'), 'dist');
      try {
        const r = await executer('build.ts', { CONTENT_DIR: c.dossier, DIST_DIR: sortie });
        assert.notEqual(r.code, 0, `build a réussi :\n${r.stdout}`);
        verifierSignalement(c, r.stderr);
        assert.equal(existsSync(sortie), false, `${sortie} a été créé`);
        assert.equal(existsSync(`${sortie}.partiel`), false, `${sortie}.partiel est resté`);
      } finally {
        rmSync(join(sortie, '..'), { recursive: true, force: true });
      }
    });
  }
});

describe('entrées hostiles refusées vite', () => {
  // Warm-up (module loading, official commune list), so that the time bound measures the refusal only.
  before(() => assert.deepEqual(validerContenu(join(FIXTURES, 'valides', 'guillemets')).problemes, []));
  const chrono = (dossier: string) => {
    const debut = performance.now();
    const { problemes } = validerContenu(dossier);
    return { problemes, duree: performance.now() - debut };
  };

  test('une bombe d’alias (« billion laughs ») est refusée en moins de 2 secondes', () => {
    const { problemes, duree } = chrono(join(INVALIDES, 'alias-en-cascade'));
    assert.ok(duree < 2000, `${Math.round(duree)} ms`);
    assert.equal(problemes.length, 1);
    assert.match(problemes[0]!.message, /alias/);
  });

  test('un texte de 5 Mo est refusé en quelques secondes', () => {
    const { problemes, duree } = chrono(texte5Mo);
    assert.ok(duree < 5000, `${Math.round(duree)} ms`);
    assert.equal(problemes.length, 1);
    assert.match(problemes[0]!.message, /trop volumineux \(\d+ octets/);
  });
});

describe('variantes valides', () => {
  const reelle = readFileSync(join(FICHES, 'qp062026.yaml'), 'utf8');
  const variante = (nom: string, texte: string) => {
    const dossier = join(generes, 'valides', nom);
    mkdirSync(join(dossier, 'quartiers'), { recursive: true });
    writeFileSync(join(dossier, 'quartiers', 'qp062026.yaml'), texte);
    avecTerritoire(dossier);
    return dossier;
  };
  let bom = '';
  let crlf = '';
  let attendue: unknown;
  before(() => {
    assert.ok(!reelle.startsWith('\ufeff') && !reelle.includes('\r'), 'la fiche de départ a déjà un BOM ou des CRLF');
    const reference = validerContenu(variante('reference', reelle));
    assert.deepEqual(reference.problemes, []);
    attendue = reference.contenu.quartiers[0]!.data;
    bom = variante('bom', `\ufeff${reelle}`);
    crlf = variante('crlf', reelle.replace(/\n/g, '\r\n'));
  });

  const passe = async (dossier: string) => {
    const r = await executer('validate.ts', { CONTENT_DIR: dossier });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, / 1 quartier et/);
    const { contenu, problemes } = validerContenu(dossier);
    assert.deepEqual(problemes, []);
    return contenu.quartiers[0]!.data;
  };

  test('un BOM UTF-8 en tête de fichier est accepté et ne change pas les données', async () => {
    assert.deepEqual(await passe(bom), attendue);
  });

  test('des fins de ligne CRLF sont acceptées et ne changent pas les données', async () => {
    const data = await passe(crlf);
    assert.deepEqual(data, attendue);
    assert.ok(!JSON.stringify(data).includes('\\r'), 'un \\r est resté dans un texte');
  });

  test('les commentaires sont acceptés, et un # dans un texte entre guillemets reste du texte', async () => {
    const data = await passe(join(FIXTURES, 'valides', 'commentaires'));
    assert.equal(data.nom, "Quartier d'essai # ce dièse est dans le texte");
    assert.deepEqual(data.communes, ['62498']);
    assert.equal(data.population, 1640);
    assert.deepEqual(data.source, { document: 'contrat-de-ville-2015-2020', page: 78 });
  });

  test('les textes avec ou sans guillemets, simples ou doubles, sont acceptés', async () => {
    const data = await passe(join(FIXTURES, 'valides', 'guillemets'));
    assert.equal(data.code, 'QP062099');
    assert.equal(data.nom, "Quartier d'essai");
    assert.equal(data.communes_source, 'Lens / Liévin');
    assert.equal(data.source.document, 'contrat-de-ville-2015-2020');
    assert.equal(data.source.titre, "QP062099 - Quartier d'essai - « Lens »");
  });
});

test('une seule exécution liste tous les problèmes de tous les fichiers', async () => {
  const dossier = join(FIXTURES, 'plusieurs-problemes');
  const r = await executer('validate.ts', { CONTENT_DIR: dossier });
  assert.notEqual(r.code, 0);
  const premier = nomAffiche(dossier, 'quartiers/qp062097.yaml');
  const second = nomAffiche(dossier, 'quartiers/qp062098.yaml');
  const problemes = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+: /.test(l));
  assert.equal(problemes.length, 3, r.stderr);
  assert.match(problemes[0]!, new RegExp(`^${premier}:8: npnru: npnru : national, regional ou false \\(le quartier est-il dans le NPNRU, et à quel titre \\?\\) \\(valeur trouvée : "oui"\\)$`));
  assert.match(problemes[1]!, new RegExp(`^${premier}:9: commentaire: clé inconnue « commentaire »`));
  assert.match(problemes[2]!, new RegExp(`^${second}:2: communes_source: champ obligatoire manquant`));
  assert.match(r.stderr, /^3 problème\(s\)/m);
});
