import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tranchesAge } from '../../../src/schemas/index.ts';
import { validerContenu } from '../../../src/lib/content/valider.ts';
import { lireYamlSimple } from '../../../src/lib/content/lecture-rapide.ts';
import { fichesSynthetiques, genererQuartiers } from '../../../scripts/bench/generateur.ts';

const N = 60;
const GRAINE = 7;
const fiches = [...fichesSynthetiques(N, GRAINE)];
/** What the files say, read back as YAML (not the generator's own objects). */
const lues = fiches.map((f) => parse(f.texte) as (typeof fiches)[number]['fiche']);

test('la même graine donne les mêmes fichiers, une autre graine d’autres fichiers', () => {
  assert.deepEqual([...fichesSynthetiques(N, GRAINE)].map((f) => [f.nom, f.texte]), fiches.map((f) => [f.nom, f.texte]));
  const autres = [...fichesSynthetiques(N, GRAINE + 1)];
  assert.deepEqual(autres.map((f) => f.nom), fiches.map((f) => f.nom));
  assert.ok(autres.every((f, i) => f.texte !== fiches[i]!.texte));
});

test('les 9 tranches d’âge de chaque fiche font individus_menages', () => {
  for (const q of lues) {
    const somme = tranchesAge.reduce((s, [cle]) => s + q.carroyage.tranches[cle]!, 0);
    assert.equal(somme, q.carroyage.individus_menages, q.code);
    assert.ok(Object.values(q.carroyage.tranches).every((n) => Number.isInteger(n) && n >= 0), q.code);
  }
});

test('un équipement partagé a le même nom et la même commune dans chaque fiche, une commune de la fiche', () => {
  const vus = new Map<string, { nom: string; commune: string; fiches: Set<string> }>();
  for (const q of lues) {
    for (const eq of q.equipements) {
      assert.ok(q.communes.includes(eq.commune), `${q.code} : ${eq.id} est à ${eq.commune}, hors des communes de la fiche`);
      const deja = vus.get(eq.id) ?? { nom: eq.nom, commune: eq.commune, fiches: new Set<string>() };
      assert.deepEqual([eq.nom, eq.commune], [deja.nom, deja.commune], `${eq.id} dans ${q.code}`);
      assert.ok(!deja.fiches.has(q.code), `${eq.id} deux fois dans ${q.code}`);
      deja.fiches.add(q.code);
      vus.set(eq.id, deja);
    }
  }
  const partages = [...vus.values()].filter((v) => v.fiches.size > 1);
  assert.ok(partages.length > N / 10, `${partages.length} équipements partagés seulement`);
  assert.ok(partages.every((v) => v.fiches.size <= 4));
});

test('les tableaux mal lus sont des tableaux mal_lu, jamais illisible', () => {
  const diagnostics = lues.flatMap((q) => q.diagnostics);
  const malLus = diagnostics.filter((d) => 'mal_lu' in d);
  assert.ok(malLus.length > 0 && malLus.length < diagnostics.length / 5, `${malLus.length} tableaux mal lus sur ${diagnostics.length}`);
  assert.ok(diagnostics.every((d) => !('illisible' in d)));
  for (const d of malLus) {
    const { lignes } = d['mal_lu'] as { lignes: { libelle_source: string; cellules: string[][] }[] };
    assert.ok(lignes.every((l) => l.libelle_source.length > 0 && l.cellules.length > 0 && l.cellules.every((c) => c.every((t) => typeof t === 'string'))));
  }
});

test('les fiches écrites sont valides et lues par la voie rapide de la validation', () => {
  const dossier = mkdtempSync(join(tmpdir(), 'generateur-'));
  try {
    const ecrit = genererQuartiers(N, join(dossier, 'quartiers'), GRAINE);
    assert.equal(ecrit.octets, fiches.reduce((s, f) => s + Buffer.byteLength(f.texte), 0));
    assert.equal(ecrit.quartier, lues[0]!['nom']);
    const { contenu, problemes } = validerContenu(dossier);
    assert.deepEqual(problemes, []);
    assert.equal(contenu.quartiers.length, N);
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
  for (const f of fiches) assert.notEqual(lireYamlSimple(f.texte), undefined, f.nom);
});
