// The words the search page can propose for a word it does not find: names (quartiers, communes, équipements,
// streets) and the frequent words of the diagnostics. Made at build time, fetched only when a word is not found.
import { chaines } from '../chaines.ts';
import { libellesDomaines } from '../libelles.ts';
import type { Modele } from '../site/modele.ts';
import { motsDuGenre } from './genres.ts';
import { ligatures, motsTapes, sansAccents } from './texte.ts';

/** A word of the diagnostics is kept when it occurs this often: rarer ones are mostly OCR misreadings. */
const FREQUENCE_MIN_DIAGNOSTIC = 2;
const LONGUEUR_MIN = 3;


/** Words by decreasing frequency, each once (in its most frequent spelling), names first at equal frequency. */
export function vocabulaire(m: Modele): string[] {
  const noms = new Map<string, number>();
  const textes = new Map<string, number>();
  const compter = (compte: Map<string, number>, texte: string | undefined) => {
    for (const mot of motsTapes(texte ?? '')) if (mot.length >= LONGUEUR_MIN && !/^\d+$/.test(mot)) compte.set(mot, (compte.get(mot) ?? 0) + 1);
  };
  for (const q of m.quartiers) {
    compter(noms, q.nom);
    for (const d of q.diagnostics ?? []) {
      for (const p of d.piliers ?? []) for (const t of [p.libelle_source, ...p.atouts, ...p.faiblesses, ...p.perspectives]) compter(textes, t);
      for (const l of d.mal_lu?.lignes ?? []) for (const t of [l.libelle_source, ...l.cellules.flat()]) compter(textes, t);
    }
  }
  // The programmes' texts (their partners, landlords and people are named there), by the same rule as the diagnostics'.
  for (const p of m.programmes) for (const t of chaines(p)) compter(textes, t);
  for (const c of m.communes) compter(noms, c.nom);
  for (const e of m.equipements) for (const t of [e.nom, e.adresse, ...motsDuGenre(e)]) compter(noms, t);
  for (const g of m.glossaire) for (const t of [g.terme, 'developpe' in g ? g.developpe : undefined]) compter(noms, t);
  for (const t of [...Object.values(libellesDomaines), ...m.territoire.axes.values()]) compter(noms, t);

  // One spelling per word without accents or capitals: the most frequent (« Béthune » over « BETHUNE »).
  const parCle = new Map<string, { mot: string; n: number; total: number; nom: boolean }>();
  const ajouter = (compte: Map<string, number>, nom: boolean, seuil: number) => {
    for (const [mot, n] of compte) {
      if (n < seuil && !nom) continue;
      const cle = sansAccents(mot);
      const vu = parCle.get(cle);
      if (!vu) parCle.set(cle, { mot, n, total: n, nom });
      else {
        vu.total += n;
        vu.nom ||= nom;
        if (n > vu.n) Object.assign(vu, { mot, n });
      }
    }
  };
  ajouter(noms, true, 1);
  ajouter(textes, false, FREQUENCE_MIN_DIAGNOSTIC);
  return [...parCle.values()].sort((a, b) => b.total - a.total || Number(b.nom) - Number(a.nom) || a.mot.localeCompare(b.mot, 'fr')).map((x) => x.mot);
}

/** The site's words written with a ligature (see `ligatures`): the fiches, the programmes and the glossary. */
export function ligaturesDuSite(m: Modele): Record<string, string> {
  return ligatures(chaines([m.quartiers, m.programmes, m.glossaire]));
}
