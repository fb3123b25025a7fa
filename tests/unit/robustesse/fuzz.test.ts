// Fuzzing: real fiches damaged at random (lines deleted or duplicated, values of the wrong type, truncated files,
// random bytes, YAML punctuation, indentation changed) must never crash the validator: it always answers, quickly,
// with problems located in the damaged file. Seeded: rerun a failure with FUZZ_SEED=<graine> npm run test:unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validerContenu } from '../../../src/lib/content/valider.ts';
import type { Probleme } from '../../../src/lib/content/probleme.ts';
import { dossierTemporaire, executer, FICHES, RACINE, TRACE } from './outils.ts';
import { mulberry32 } from '../../../src/lib/hasard.ts';

const GRAINE = Number(process.env.FUZZ_SEED ?? 20_151_231);
const ESSAIS = 300;
const ESSAIS_CLI = 5;
/** Per call, with one file: generous, so that only a real blow-up (backtracking, alias expansion…) trips it. */
const DELAI_MS = 3000;

/** Picks mutations reproducibly from one integer. */
function generateur(graine: number) {
  const suivant = mulberry32(graine);
  const entier = (n: number) => Math.floor(suivant() * n);
  return { entier, choisir: <T>(liste: readonly T[]): T => liste[entier(liste.length)]! };
}
type Hasard = ReturnType<typeof generateur>;

const NL = 0x0a;
const enLignes = (b: Buffer): Buffer[] => {
  const lignes: Buffer[] = [];
  let debut = 0;
  for (let i = 0; i <= b.length; i++) {
    if (i === b.length || b[i] === NL) {
      lignes.push(b.subarray(debut, i));
      debut = i + 1;
    }
  }
  return lignes;
};
const joindre = (lignes: Buffer[]) => Buffer.concat(lignes.flatMap((l, i) => (i ? [Buffer.of(NL), l] : [l])));

const VALEURS = ['"texte"', '42', '-7', '3.5', 'true', 'null', '~', '', '[]', '{}', '[1, 2]', '{ a: 1 }', '"7 100 €"', "'QP62025'", '1e400', '99999999999999999999', '.nan', '0x1F', '"\u202e"'];
const PONCTUATION = [':', ': ', '- ', '&a ', '*a', '!!binary ', '!!js/function ', '|', '>-', '{', '}', '[', ']', '"', "'", '#', '%YAML 1.1\n', '---\n', '...\n', '? ', '<<: *a\n', '\t', '\r', '\u00a0', '\ufeff'];

/** Each mutation returns the damaged bytes and a short description (printed when a check fails). */
const mutations: Record<string, (b: Buffer, h: Hasard) => [Buffer, string]> = {
  supprimerLigne(b, h) {
    const l = enLignes(b);
    const i = h.entier(l.length);
    l.splice(i, 1);
    return [joindre(l), `ligne ${i + 1} supprimée`];
  },
  dupliquerLigne(b, h) {
    const l = enLignes(b);
    const i = h.entier(l.length);
    l.splice(i, 0, l[i]!);
    return [joindre(l), `ligne ${i + 1} dupliquée`];
  },
  changerType(b, h) {
    const l = enLignes(b);
    const candidates = l.map((x, i) => [i, /^(\s*(?:- )?[^\s:#][^:#]*:\s+)\S/.exec(x.toString('utf8'))] as const).filter(([, m]) => m);
    if (!candidates.length) return [b, 'aucune valeur à changer'];
    const [i, m] = h.choisir(candidates);
    const valeur = h.choisir(VALEURS);
    l[i] = Buffer.from(`${m![1]}${valeur}`, 'utf8');
    return [joindre(l), `ligne ${i + 1} : valeur remplacée par ${JSON.stringify(valeur)}`];
  },
  tronquer(b, h) {
    const n = h.entier(b.length);
    return [b.subarray(0, n), `tronqué à ${n} octets`];
  },
  octetsAleatoires(b, h) {
    const n = 1 + h.entier(8);
    const octets = Buffer.from(Array.from({ length: n }, () => h.entier(256)));
    const o = h.entier(b.length + 1);
    return [Buffer.concat([b.subarray(0, o), octets, b.subarray(o)]), `${octets.toString('hex')} inséré à l'octet ${o}`];
  },
  ponctuation(b, h) {
    const p = h.choisir(PONCTUATION);
    const o = h.entier(b.length + 1);
    return [Buffer.concat([b.subarray(0, o), Buffer.from(p, 'utf8'), b.subarray(o)]), `${JSON.stringify(p)} inséré à l'octet ${o}`];
  },
  indentation(b, h) {
    const l = enLignes(b);
    const i = h.entier(l.length);
    const texte = l[i]!.toString('utf8');
    const choix = h.entier(3);
    const nouveau = choix === 0 ? `${' '.repeat(1 + h.entier(4))}${texte}` : choix === 1 ? texte.replace(/^ {1,4}/, '') : texte.replace(/^ +/, '\t');
    l[i] = Buffer.from(nouveau, 'utf8');
    return [joindre(l), `ligne ${i + 1} : indentation ${['ajoutée', 'retirée', 'remplacée par une tabulation'][choix]}`];
  },
};

const fiches = readdirSync(FICHES).filter((f) => f.endsWith('.yaml')).sort();

/** One damaged copy of a real fiche, with the list of what was done to it. */
function muter(h: Hasard): { nom: string; octets: Buffer; journal: string[] } {
  const nom = h.choisir(fiches);
  let octets: Buffer = readFileSync(join(FICHES, nom));
  const journal: string[] = [];
  for (let n = 1 + h.entier(3); n > 0; n--) {
    const type = h.choisir(Object.keys(mutations));
    const [suite, quoi] = mutations[type]!(octets, h);
    octets = suite;
    journal.push(`${type} (${quoi})`);
  }
  return { nom, octets, journal };
}

/** Writes the damaged fiche alone in a content folder, so that every problem must be about it. */
function ecrire(racine: string, nom: string, octets: Buffer): string {
  rmSync(join(racine, 'quartiers'), { recursive: true, force: true });
  mkdirSync(join(racine, 'quartiers'));
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
  const h = generateur(GRAINE);
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
  const h = generateur(graine);
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
