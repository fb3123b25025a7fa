import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
      const { contenu, problemes } = validerContenu(dossier, dossier);
      assert.deepEqual(problemes, []);
      assert.equal(contenu.territoire?.nom, nom);
      assert.equal(contenu.quartiers.length, 1);
      assert.match(readFileSync(join(dossier, contenu.quartiers[0]!.fichier), 'utf8'), /^# Fiche d'EXEMPLE/);
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
    assert.match(lancer('200044618').stderr, /^Usage/);
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
