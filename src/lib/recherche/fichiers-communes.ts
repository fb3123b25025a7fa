// Build side of communes-france.ts: the communes of the official list outside the published territory, filed for
// the search page. Kept apart: it reads the 8 MB official list, which the page's bundle must never hold. Written by
// the build's validation process, not as Astro pages: 35,000 communes make several hundred small files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { communesOfficielles, epcisOfficiels, nomDepartement } from '../communes-officielles.ts';
import { la } from '../elision.ts';
import type { Modele } from '../site/modele.ts';
import type { Territoire } from '../../schemas/territoire.ts';
import { decouper, fichier, type CommuneHors, type FichierCommunes, type Manifeste } from './communes-france.ts';

/** Where the page fetches them, under the site's root. */
export const CHEMIN_COMMUNES = 'recherche/communes-france';

/** The files by prefix: every current commune but the territory's members and those the site has a page for. */
export function fichiersCommunes(m: Pick<Modele, 'communes'>, siren: string): Map<string, FichierCommunes> {
  const epciDe = new Map<string, string>();
  const exclues = new Set(m.communes.map((c) => c.code));
  for (const e of epcisOfficiels()) {
    for (const code of e.membres) epciDe.set(code, e.nom);
    if (e.code === siren) for (const code of e.membres) exclues.add(code);
  }
  const hors: CommuneHors[] = [...communesOfficielles()].filter((c) => !exclues.has(c.code)).map((c) => [c.nom, epciDe.get(c.code) ?? '', nomDepartement(c.departement) ?? c.departement]);
  return new Map([...decouper(hors)].map(([p, l]) => [p, fichier(l)]));
}

/** Writes `<CHEMIN_COMMUNES>.json` (the manifest) and `<CHEMIN_COMMUNES>/<prefix>.json` under `racine`. */
export function ecrireFichiersCommunes(racine: string, m: Pick<Modele, 'communes'>, t: Pick<Territoire, 'nom' | 'epci'>): void {
  const fichiers = fichiersCommunes(m, t.epci);
  const dossier = join(racine, CHEMIN_COMMUNES);
  mkdirSync(dossier, { recursive: true });
  const manifeste: Manifeste = { territoire: la(t.nom), prefixes: [...fichiers.keys()] };
  writeFileSync(`${dossier}.json`, JSON.stringify(manifeste));
  for (const [p, f] of fichiers) writeFileSync(join(dossier, `${p}.json`), JSON.stringify(f));
}
