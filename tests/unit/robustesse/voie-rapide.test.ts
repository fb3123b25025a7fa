// The fast path of the YAML reading (src/lib/content/lecture-rapide.ts) must give exactly what the full parser gives,
// or step aside: on real fiches damaged at random, whenever it returns data, the full parser returns the same data
// and no error. That is what keeps every message and line of the validator as the full parser makes them.
// Seeded: rerun a failure with FUZZ_SEED=<graine> npm run test:unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyserYaml, texteYaml } from '../../../src/lib/content/lire-yaml.ts';
import { lireYamlSimple } from '../../../src/lib/content/lecture-rapide.ts';
import { hasard, type Hasard } from '../../../src/lib/hasard.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fiches, muter } from './mutations.ts';
import { FICHES } from './outils.ts';

const GRAINE = Number(process.env.FUZZ_SEED ?? 20_151_231) + 2;
const ESSAIS = 500;

/** What sits at the edge of the plain subset: blanks, indicators, escapes, scalars that read as numbers or null. */
const FRAGMENTS = [' ', ':', ': ', '#', ' #', '"', "'", '-', '- ', '[', ']', ',', '?', '\\', '\\u', '0', '.', 'e', '\n', '\n  ', '  ', '{', '}', '~', 'null', 'true', '+', '\\"', "''", '\u00a0', '\u202f', '*', '&', '!', '|', '>', '%', '@', '`', '---', '0x', '0o', '.inf'];

/** One fragment inserted, or one byte deleted or replaced by a fragment. */
function retoucher(octets: Buffer, h: Hasard): [Buffer, string] {
  const o = h.indice(octets.length + 1);
  const fragment = Buffer.from(h.choisir(FRAGMENTS), 'utf8');
  switch (h.indice(3)) {
    case 0:
      return [Buffer.concat([octets.subarray(0, o), fragment, octets.subarray(o)]), `${JSON.stringify(String(fragment))} inséré à l'octet ${o}`];
    case 1:
      return [Buffer.concat([octets.subarray(0, o), octets.subarray(o + 1)]), `octet ${o} retiré`];
    default:
      return [Buffer.concat([octets.subarray(0, o), fragment, octets.subarray(o + 1)]), `octet ${o} remplacé par ${JSON.stringify(String(fragment))}`];
  }
}

test(`${ESSAIS} fiches abîmées : la voie rapide donne les données du lecteur complet, ou le laisse faire`, (t) => {
  t.diagnostic(`graine ${GRAINE}`);
  const h = hasard(GRAINE);
  let rapides = 0;
  for (let essai = 1; essai <= ESSAIS; essai++) {
    // Half of the fiches damaged as in the fuzz test, then touched up; the other half only touched up.
    const nom = h.choisir(fiches);
    const abimee = h.vrai(0.5) ? muter(h) : { nom, octets: readFileSync(join(FICHES, nom)), journal: [] as string[] };
    let octets = abimee.octets;
    for (let n = 1 + h.indice(4); n > 0; n--) {
      const [suite, quoi] = retoucher(octets, h);
      octets = suite;
      abimee.journal.push(quoi);
    }
    const contexte = `graine ${GRAINE}, essai ${essai}, ${abimee.nom} : ${abimee.journal.join(' ; ')}`;
    const texte = texteYaml(abimee.nom, octets);
    if (Array.isArray(texte)) continue;
    const rapide = lireYamlSimple(texte);
    if (rapide === undefined) continue;
    rapides++;
    const complet = analyserYaml(abimee.nom, texte);
    assert.ok(!Array.isArray(complet), `la voie rapide accepte un fichier que le lecteur complet refuse (${Array.isArray(complet) && complet[0]!.message})\n${contexte}`);
    assert.deepStrictEqual(rapide, complet.data, contexte);
  }
  t.diagnostic(`${rapides}/${ESSAIS} fiches abîmées lues par la voie rapide`);
  // A comparison that the fast path always steps out of compares nothing.
  assert.ok(rapides >= ESSAIS / 4, `seulement ${rapides}/${ESSAIS} fiches lues par la voie rapide`);
});
