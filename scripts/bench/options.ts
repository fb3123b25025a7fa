// The benchmark's command line: npm run bench -- [N…] [--runs=K] [--query=mot] [--seed=S] [--no-browser] [--keep] [--generate-only] [--json=fichier]
import { GRAINE } from './generateur.ts';

export interface Options {
  tailles: number[];
  essais: number;
  /** The query whose first download is weighed. */
  requete: string;
  navigateur: boolean;
  garder: boolean;
  /** Only write the fiches (kept), for profiling a phase by hand. */
  genererSeulement: boolean;
  graine: number;
  json?: string;
}

/** The size the growth per fiche is measured from. */
export const REFERENCE = 150;

export const USAGE = 'Usage : npm run bench -- [N…] [--runs=K] [--query=mot] [--seed=S] [--no-browser] [--keep] [--generate-only] [--json=fichier]';

/** Reads the arguments; returns a message instead when they are wrong. */
export function lireOptions(argv: string[]): Options | string {
  const o: Options = { tailles: [], essais: 1, requete: 'école', navigateur: true, garder: false, genererSeulement: false, graine: GRAINE };
  for (const a of argv) {
    const [cle, valeur = ''] = a.split(/=(.*)/s);
    if (/^\d+$/.test(a)) o.tailles.push(Number(a));
    else if (cle === '--runs') o.essais = Math.max(1, Number(valeur) || 1);
    else if (cle === '--query') o.requete = valeur;
    else if (cle === '--seed') o.graine = Number(valeur) || o.graine;
    else if (cle === '--json') o.json = valeur;
    else if (a === '--no-browser') o.navigateur = false;
    else if (a === '--keep') o.garder = true;
    else if (a === '--generate-only') o.genererSeulement = o.garder = true;
    else return `Argument inconnu : ${a}\n${USAGE}`;
  }
  if (!o.tailles.length) o.tailles = [21, 150, 500, 1500];
  // The growth per fiche is measured against 150 fiches: a larger size asked alone brings its reference with it.
  const apres = o.tailles.findIndex((n) => n > REFERENCE);
  if (!o.genererSeulement && apres !== -1 && !o.tailles.includes(REFERENCE)) o.tailles.splice(apres, 0, REFERENCE);
  if (o.tailles.some((n) => n < 1 || n > 99_999)) return 'N doit être compris entre 1 et 99 999 (codes QP9xxxxx).';
  return o;
}
