import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { validerContenu } from '../../src/lib/content/valider.ts';
import { codeExemple, nomCourt } from '../../scripts/nouveau-territoire/fichiers.ts';

const lancer = (...args: string[]) => spawnSync(process.execPath, ['scripts/nouveau-territoire.ts', ...args], { encoding: 'utf8' });

test('le nom court est le nom officiel sans sa nature, et le code d’exemple est de la génération 2024', () => {
  assert.equal(nomCourt('CA de Lens - Liévin'), 'Lens-Liévin');
  assert.equal(nomCourt('CA Douaisis Agglo'), 'Douaisis Agglo');
  assert.equal(nomCourt("CC de l'Ouest Vosgien"), 'Ouest Vosgien');
  assert.equal(nomCourt('Métropole Européenne de Lille'), 'Métropole Européenne de Lille');
  assert.equal(codeExemple('59'), 'QN05901Z');
  assert.equal(codeExemple('2A'), 'QN02A01Z');
  assert.equal(codeExemple('971'), 'QN97101Z');
});

for (const [siren, nom] of [['200044618', 'CA Douaisis Agglo'], ['200067106', 'CA du Pays Basque']] as const) {
  test(`nouveau-territoire ${siren} écrit un territoire et une fiche d’exemple qui passent la validation`, () => {
    const dossier = mkdtempSync(join(tmpdir(), 'nouveau-territoire-'));
    try {
      const r = lancer(siren, dossier);
      assert.equal(r.status, 0, r.stderr);
      // The example fiche is refused as long as it is marked as one, and valid once the mark is gone.
      const { contenu, problemes } = validerContenu(dossier, dossier);
      assert.deepEqual(problemes.map((p) => [p.chemin, p.message.split(' :')[0]]), [['exemple', "fiche d'exemple écrite par npm run nouveau-territoire, aux chiffres inventés"]]);
      assert.equal(contenu.territoire?.nom, nom);
      assert.equal(contenu.quartiers.length, 1);
      const cheminFiche = join(dossier, contenu.quartiers[0]!.fichier);
      const fiche = readFileSync(cheminFiche, 'utf8');
      assert.match(fiche, /^# yaml-language-server: \$schema=(\.\.\/)+.*\/schemas\/quartier\.schema\.json\n# Fiche d'EXEMPLE/);
      assert.ok(existsSync(resolve(dirname(cheminFiche), fiche.split('\n')[0]!.split('$schema=')[1]!)), 'le schéma nommé existe');
      writeFileSync(cheminFiche, fiche.replace(/^exemple: true\n/m, ''));
      assert.deepEqual(validerContenu(dossier, dossier).problemes, []);
      // Each optional key the template shows in a comment validates once uncommented (the sigle kept aside).
      const fichier = join(dossier, 'territoire.yaml');
      const decommente = readFileSync(fichier, 'utf8').replace(/^(\s*)# ((?!sigle)[a-z_]+: .*)$/gm, '$1$2');
      writeFileSync(fichier, decommente);
      const relu = validerContenu(dossier, dossier);
      assert.deepEqual(relu.problemes, []);
      assert.deepEqual(
        [relu.contenu.territoire?.contrat.debut, relu.contenu.territoire?.contrat.population, relu.contenu.territoire?.contrat.seuil_bas_revenu, relu.contenu.territoire?.sources[0]?.scanne],
        ['2024-01-01', 'Filosofi 2019', 11250, true],
      );
    } finally {
      rmSync(dossier, { recursive: true, force: true });
    }
  });
}

test('un SIREN inconnu, un argument manquant ou un territoire déjà là arrêtent tout, sans rien écrire', () => {
  const dossier = mkdtempSync(join(tmpdir(), 'nouveau-territoire-'));
  try {
    const inconnu = lancer('999999999', join(dossier, 'a'));
    assert.equal(inconnu.status, 1);
    assert.match(inconnu.stderr, /Aucun EPCI de SIREN 999999999 dans la liste officielle/);
    assert.match(lancer('2000446', dossier).stderr, /n'est pas un SIREN/);
    assert.match(lancer().stderr, /^Usage/);
    assert.match(lancer('200044618', dossier, '--remplacer').stderr, /^Usage/);
    writeFileSync(join(dossier, 'territoire.yaml'), 'nom: "le mien"\n');
    const deja = lancer('200044618', dossier);
    assert.equal(deja.status, 1);
    assert.match(deja.stderr, /existe déjà/);
    assert.equal(readFileSync(join(dossier, 'territoire.yaml'), 'utf8'), 'nom: "le mien"\n');
    assert.deepEqual(spawnSync('ls', ['-A', dossier], { encoding: 'utf8' }).stdout.trim().split('\n'), ['territoire.yaml']);
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
});

test('un nom donne les EPCI qui le portent ou dont une commune le porte, avec leur SIREN', () => {
  const r = lancer('béthune');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^200072460  CA de Béthune-Bruay, Artois-Lys Romane \(communes : Béthune, /m);
  assert.match(lancer('BETHUNE bruay').stdout, /^200072460 /m);
  const rien = lancer('zzzqqq');
  assert.equal(rien.status, 1);
  assert.match(rien.stderr, /Aucun EPCI ni commune dont le nom contient « zzzqqq »/);
});

test('le SIREN d’une commune donne celui de son EPCI', () => {
  const r = lancer('216201780');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /216201780 est le SIREN de la commune de Bruay-la-Buissière \(62178\), pas d'un EPCI\. Elle est membre de la CA de Béthune-Bruay, Artois-Lys Romane, SIREN 200072460/);
  assert.match(r.stderr, /npm run nouveau-territoire -- 200072460 --remplacer/);
});

test('sans dossier, le contenu n’est remplacé qu’avec --remplacer, et tout entier', () => {
  const racine = mkdtempSync(join(tmpdir(), 'nouveau-territoire-'));
  const contenu = join(racine, 'content');
  const env = { ...process.env, CONTENT_DIR: contenu };
  try {
    cpSync('tests/fixtures/lens-lievin', contenu, { recursive: true });
    const refus = spawnSync(process.execPath, ['scripts/nouveau-territoire.ts', '200044618'], { encoding: 'utf8', env });
    assert.equal(refus.status, 1);
    assert.match(refus.stderr, /contient le territoire « Communauté d'Agglomération de Lens-Liévin »\. Pour le remplacer par la CA Douaisis Agglo .*\n  npm run nouveau-territoire -- 200044618 --remplacer/);
    assert.ok(existsSync(join(contenu, 'programmes')));
    const r = spawnSync(process.execPath, ['scripts/nouveau-territoire.ts', '200044618', '--remplacer'], { encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(contenu, { recursive: true }).map(String).sort(), ['quartiers', 'quartiers/qn05901z.yaml', 'territoire.yaml']);
    assert.match(readFileSync(join(contenu, 'territoire.yaml'), 'utf8'), /^nom: "CA Douaisis Agglo"$/m);
  } finally {
    rmSync(racine, { recursive: true, force: true });
  }
});
