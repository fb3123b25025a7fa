// Fuzzing: real fiches damaged at random (lines deleted or duplicated, values of the wrong type, truncated files,
// random bytes, YAML punctuation, indentation changed) must never crash the validator: it always answers, quickly,
// with problems located in the damaged file. Seeded: rerun a failure with FUZZ_SEED=<graine> npm run test:unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validerContenu } from '../../../src/lib/content/valider.ts';
import type { Probleme } from '../../../src/lib/content/probleme.ts';
import { avecTerritoire, dossierTemporaire, executer, FICHES, RACINE, TRACE } from './outils.ts';
import { hasard } from '../../../src/lib/hasard.ts';
import { enLignes, fiches, mutations, muter } from './mutations.ts';

const GRAINE = Number(process.env.FUZZ_SEED ?? 20_151_231);
const ESSAIS = 300;
const ESSAIS_CLI = 5;
/** Per call, with one file: generous, so that only a real blow-up (backtracking, alias expansion…) trips it. */
const DELAI_MS = 3000;

/** Writes the damaged fiche alone in a content folder, so that every problem must be about it. */
function ecrire(racine: string, nom: string, octets: Buffer): string {
  rmSync(join(racine, 'quartiers'), { recursive: true, force: true });
  mkdirSync(join(racine, 'quartiers'));
  avecTerritoire(racine);
  const chemin = join(racine, 'quartiers', nom);
  writeFileSync(chemin, octets);
  return chemin;
}

function verifierProblemes(problemes: Probleme[], chemin: string, octets: Buffer, contexte: string) {
  const lignes = enLignes(octets).length;
  for (const p of problemes) {
    const dit = `${contexte}\nproblème : ${JSON.stringify(p)}`;
    assert.equal(resolve(RACINE, p.fichier), chemin, dit);
    assert.equal(typeof p.message, 'string', dit);
    assert.ok(p.message.trim().length > 0, dit);
    // Zod's English defaults ("Invalid input: expected …") mean a message was left untranslated.
    assert.doesNotMatch(p.message, /^Invalid input|expected \w+, received/, dit);
    assert.ok(Number.isInteger(p.ligne) && p.ligne! >= 1 && p.ligne! <= lignes + 1, `ligne hors du fichier (${lignes} lignes)\n${dit}`);
  }
}

test(`${ESSAIS} fiches abîmées au hasard : le validateur répond toujours, vite, et situe chaque problème`, (t) => {
  t.diagnostic(`graine ${GRAINE} (rejouer : FUZZ_SEED=${GRAINE} npm run test:unit)`);
  const h = hasard(GRAINE);
  const racine = dossierTemporaire('fuzz');
  const types = new Set<string>();
  let avecProblemes = 0;
  let pire = 0;
  // Warm-up (module loading, official commune list), so that the time bound measures the validation only.
  ecrire(racine, fiches[0]!, readFileSync(join(FICHES, fiches[0]!)));
  assert.deepEqual(validerContenu(racine, RACINE).problemes, [], `${fiches[0]} intacte devrait être valide`);
  // On failure the damaged file stays in place: its path is in the message.
  for (let essai = 1; essai <= ESSAIS; essai++) {
    const { nom, octets, journal } = muter(h);
    for (const j of journal) types.add(j.split(' ')[0]!);
    const chemin = ecrire(racine, nom, octets);
    const contexte = `graine ${GRAINE}, essai ${essai}, ${nom} : ${journal.join(' ; ')} (fichier gardé dans ${chemin})`;
    const debut = performance.now();
    let problemes: Probleme[];
    try {
      problemes = validerContenu(racine, RACINE).problemes;
    } catch (err) {
      assert.fail(`le validateur a levé une exception : ${(err as Error).stack}\n${contexte}`);
    }
    const duree = performance.now() - debut;
    pire = Math.max(pire, duree);
    assert.ok(duree < DELAI_MS, `${Math.round(duree)} ms\n${contexte}`);
    verifierProblemes(problemes, chemin, octets, contexte);
    if (problemes.length) avecProblemes++;
  }
  rmSync(racine, { recursive: true, force: true });
  t.diagnostic(`${avecProblemes}/${ESSAIS} fiches abîmées refusées ; appel le plus lent : ${Math.round(pire)} ms`);
  // A fuzzer whose mutations are all harmless tests nothing.
  assert.deepEqual([...types].sort(), Object.keys(mutations).sort());
  assert.ok(avecProblemes >= ESSAIS / 2, `seulement ${avecProblemes}/${ESSAIS} mutations détectées : les mutations ne cassent plus rien ?`);
});

test(`${ESSAIS_CLI} fiches abîmées par npm run validate : pas de trace de pile, les mêmes problèmes`, async (t) => {
  const graine = GRAINE + 1;
  t.diagnostic(`graine ${graine}`);
  const h = hasard(graine);
  for (let essai = 1, retenus = 0; retenus < ESSAIS_CLI; essai++) {
    assert.ok(essai < 100, 'pas assez de mutations refusées');
    const { nom, octets, journal } = muter(h);
    const racine = dossierTemporaire('fuzz-cli');
    const chemin = ecrire(racine, nom, octets);
    const { problemes } = validerContenu(racine, RACINE);
    if (!problemes.length) {
      rmSync(racine, { recursive: true, force: true });
      continue;
    }
    retenus++;
    const contexte = `graine ${graine}, essai ${essai}, ${nom} : ${journal.join(' ; ')} (fichier gardé dans ${chemin})`;
    const r = await executer('validate.ts', { CONTENT_DIR: racine });
    assert.equal(r.code, 1, `${contexte}\n${r.stderr}`);
    assert.doesNotMatch(r.stderr, TRACE, `${contexte}\n${r.stderr}`);
    const signales = r.stderr.split('\n').filter((l) => /^\S.*\.yaml:\d+: /.test(l));
    assert.equal(signales.length, problemes.length, `${contexte}\n${r.stderr}`);
    for (const l of signales) assert.equal(resolve(RACINE, l.slice(0, l.indexOf('.yaml:') + 5)), chemin, contexte);
    rmSync(racine, { recursive: true, force: true });
  }
});
