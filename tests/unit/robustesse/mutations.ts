// Damage done to real fiches at random, for the fuzz test and the fast-path comparison: lines deleted or duplicated,
// values of the wrong type, truncated files, random bytes, YAML punctuation, indentation changed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hasard } from '../../../src/lib/hasard.ts';
import { FICHES } from './outils.ts';

const NL = 0x0a;
export const enLignes = (b: Buffer): Buffer[] => {
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
export const mutations: Record<string, (b: Buffer, h: Hasard) => [Buffer, string]> = {
  supprimerLigne(b, h) {
    const l = enLignes(b);
    const i = h.indice(l.length);
    l.splice(i, 1);
    return [joindre(l), `ligne ${i + 1} supprimée`];
  },
  dupliquerLigne(b, h) {
    const l = enLignes(b);
    const i = h.indice(l.length);
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
    const n = h.indice(b.length);
    return [b.subarray(0, n), `tronqué à ${n} octets`];
  },
  octetsAleatoires(b, h) {
    const n = 1 + h.indice(8);
    const octets = Buffer.from(Array.from({ length: n }, () => h.indice(256)));
    const o = h.indice(b.length + 1);
    return [Buffer.concat([b.subarray(0, o), octets, b.subarray(o)]), `${octets.toString('hex')} inséré à l'octet ${o}`];
  },
  ponctuation(b, h) {
    const p = h.choisir(PONCTUATION);
    const o = h.indice(b.length + 1);
    return [Buffer.concat([b.subarray(0, o), Buffer.from(p, 'utf8'), b.subarray(o)]), `${JSON.stringify(p)} inséré à l'octet ${o}`];
  },
  indentation(b, h) {
    const l = enLignes(b);
    const i = h.indice(l.length);
    const texte = l[i]!.toString('utf8');
    const choix = h.indice(3);
    const nouveau = choix === 0 ? `${' '.repeat(1 + h.indice(4))}${texte}` : choix === 1 ? texte.replace(/^ {1,4}/, '') : texte.replace(/^ +/, '\t');
    l[i] = Buffer.from(nouveau, 'utf8');
    return [joindre(l), `ligne ${i + 1} : indentation ${['ajoutée', 'retirée', 'remplacée par une tabulation'][choix]}`];
  },
};

export const fiches = readdirSync(FICHES).filter((f) => f.endsWith('.yaml')).sort();

/** One damaged copy of a real fiche, with the list of what was done to it. */
export function muter(h: Hasard): { nom: string; octets: Buffer; journal: string[] } {
  const nom = h.choisir(fiches);
  let octets: Buffer = readFileSync(join(FICHES, nom));
  const journal: string[] = [];
  for (let n = 1 + h.indice(3); n > 0; n--) {
    const type = h.choisir(Object.keys(mutations));
    const [suite, quoi] = mutations[type]!(octets, h);
    octets = suite;
    journal.push(`${type} (${quoi})`);
  }
  return { nom, octets, journal };
}
