// When no result holds every word of a query (loaded only then): the communes outside the territory that a word
// names, said with their intercommunality rather than « corrected »; and what each word finds alone, with what is
// missing (« médiathèque douai »: no médiathèque at Douai, those of the other communes, then Douai's équipements).
import { TYPES } from '../../lib/recherche/constantes.ts';
import { fichiersPour, lireFichier, nommees, type CommuneHors, type FichierCommunes, type Manifeste } from '../../lib/recherche/communes-france.ts';
import type { EtatRecherche } from '../../lib/recherche/etat.ts';
import type { Ligne } from '../../lib/recherche/resultats.ts';
import { motsCherches, sansAccents, termes as termesDe, unNomDans } from '../../lib/recherche/texte.ts';
import { de, la } from '../../lib/elision.ts';
import { listeFrancaise } from '../../lib/format.ts';
import { lireJson, uneFois } from './charger.ts';
import { dessinerLigne } from './rendu.ts';

/** A commune outside the territory named by the query, and the query's terms its name covers. */
export interface CommuneNommee {
  commune: CommuneHors;
  termes: string[];
}

const manifeste = uneFois((base: string) => lireJson<Manifeste>(`${base}recherche/communes-france.json`));
const fichiers = new Map<string, Promise<CommuneHors[]>>();
const lire = (base: string, prefixe: string) => {
  let f = fichiers.get(prefixe);
  if (!f) {
    f = lireJson<FichierCommunes>(`${base}recherche/communes-france/${prefixe}.json`).then(lireFichier);
    f.catch(() => fichiers.delete(prefixe));
    fichiers.set(prefixe, f);
  }
  return f;
};

/** A commune's name is at most this many searched words before the missing word it covers (« saint amand les eaux »). */
const MOTS_AVANT = 3;

/** The communes outside the territory whose name covers one of the `manquants` terms of the query (fetched files: one or two). */
export async function communesHors(base: string, requete: string, manquants: readonly string[]): Promise<CommuneNommee[]> {
  const tous = termesDe(requete);
  const debuts = new Set(manquants.flatMap((m) => Array.from({ length: MOTS_AVANT + 1 }, (_, k) => tous.indexOf(m) - k).filter((j) => j >= 0)));
  const { prefixes } = await manifeste(base);
  const aLire = [...new Set([...debuts].flatMap((j) => fichiersPour(requete, j, prefixes)))];
  const communes = (await Promise.all(aLire.map((p) => lire(base, p)))).flat();
  return nommees(requete, communes).filter((n) => n.termes.some((t) => manquants.includes(t)));
}

/** What the page needs from the search itself. */
export interface Outils {
  /** The rows answering `q` with the filters of `e`, or none. */
  chercher: (e: EtatRecherche, q: string) => Promise<Ligne[]>;
  /** The names of the communes the site has a page for. */
  communesDuSite: () => Promise<string[]>;
  /** A link that runs the search for `q`. */
  lienRequete: (e: EtatRecherche, q: string) => HTMLAnchorElement;
  /** The site's base path. */
  base: string;
  /** Whether this search is still the one shown. */
  courante: () => boolean;
}

/** Rows shown under each word. */
const PAR_MOT = 3;

/** « mot », never cut from its quotes at the end of a line. */
const guillemets = (mot: string) => `«\u00a0${mot}\u00a0»`;

function element<K extends keyof HTMLElementTagNameMap>(nom: K, texte?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(nom);
  if (texte) e.textContent = texte;
  return e;
}

/** « Carvin ne fait pas partie de la … : c’est une commune de la CA Hénin-Carvin (Pas-de-Calais). » */
function phraseCommunes(nommees: readonly CommuneNommee[], territoire: string): HTMLParagraphElement[] {
  const parNom = new Map<string, CommuneHors[]>();
  for (const { commune } of nommees) parNom.set(commune[0], [...(parNom.get(commune[0]) ?? []), commune]);
  return [...parNom].map(([nom, communes]) => {
    const ou = (c: CommuneHors) => `${c[1] ? `de ${la(c[1])}` : 'd’aucune intercommunalité'} (${c[2]})`;
    const texte =
      communes.length === 1
        ? `${nom} ne fait pas partie de ${territoire}, dont ce site décrit les quartiers prioritaires : c’est une commune ${ou(communes[0]!)}.`
        : `${communes.length} communes s’appellent ${nom}, aucune dans ${territoire} : ${listeFrancaise(communes.slice(0, 5).map((c) => `celle ${ou(c)}`))}${communes.length > 5 ? '…' : ''}.`;
    const p = element('p', texte);
    p.className = 'commune-ailleurs';
    return p;
  });
}

/** A titled list of rows, at most `PAR_MOT` unless `max` says more, and the link to all of them. */
function bloc(titre: string, lignes: readonly Ligne[], suite?: HTMLAnchorElement, max = PAR_MOT): HTMLElement {
  const section = element('section');
  const ol = element('ol');
  ol.className = 'resultats';
  ol.append(...lignes.slice(0, max).map(dessinerLigne));
  section.append(element('h2', titre), ol);
  if (suite) {
    const p = element('p');
    p.append(suite);
    section.append(p);
  }
  return section;
}

/**
 * Draws in `zone` the communes outside the territory that the query names, and, for a query of several words, what
 * each finds alone and what is missing. Returns whether it drew what each word finds (the approximate results
 * would then repeat it).
 */
export async function expliquer(zone: HTMLElement, e: EtatRecherche, hors: readonly CommuneNommee[], o: Outils): Promise<boolean> {
  const contenu: HTMLElement[] = hors.length ? phraseCommunes(hors, (await manifeste(o.base)).territoire) : [];
  const tous = (q: string) => Object.assign(o.lienRequete(e, q), { textContent: `Tous les résultats pour « ${q} »` });
  // The words as typed (accents kept), each once, but those naming a commune outside the territory.
  const couverts = new Set(hors.flatMap((h) => h.termes));
  const mots = [...new Map(motsCherches(e.q).map((m) => [sansAccents(m), m] as const)).entries()].filter(([t]) => !couverts.has(t));
  let parMot = false;
  if (mots.length >= 2 || (mots.length === 1 && hors.length)) {
    const commune = mots.length >= 2 ? unNomDans(mots.map(([, m]) => m).join(' '), await o.communesDuSite().catch(() => [])) : undefined;
    if (commune) {
      // A kind of équipement and a commune of the site: the équipements of that kind elsewhere, then the commune's.
      const duNom = new Set(termesDe(commune.nom));
      const reste = mots.filter(([t]) => !duNom.has(t)).map(([, m]) => m).join(' ');
      // The commune's équipements: its groups by domain, found by their filters alone (not by words, which would keep
      // only those whose quartier's name holds the commune's), each a line that leads to its section of the commune's page.
      const [ailleurs, groupes] = await Promise.all([o.chercher(e, reste), o.chercher({ q: '', filtres: { commune: [commune.nom], type: [TYPES.equipement] } }, '')]);
      const siens = groupes.map((l) => ({ ...l, equipements: [] }));
      const equipements = ailleurs.filter((l) => l.type === TYPES.equipement);
      const quoi = guillemets(reste);
      contenu.push(
        element(
          'p',
          equipements.length
            ? `Aucun équipement rattaché à un quartier ${de(commune.nom)} ne répond à ${quoi} : voici ceux des autres communes, puis les équipements ${de(commune.nom)}.`
            : `Aucun résultat ne contient à la fois ${quoi} et ${guillemets(commune.nom)} : voici ce que trouve ${quoi}, puis les équipements ${de(commune.nom)}.`,
        ),
      );
      if (ailleurs.length) contenu.push(bloc(`${quoi} ailleurs`, equipements.length ? equipements : ailleurs, tous(reste)));
      else contenu.push(element('p', `${quoi} ne se trouve nulle part sur le site.`));
      if (siens.length) contenu.push(bloc(`Équipements ${de(commune.nom)}`, siens, tous(commune.nom), siens.length));
      parMot = true;
    } else {
      const trouves = await Promise.all(mots.map(([, m]) => o.chercher(e, m)));
      if (mots.length >= 2) contenu.push(element('p', `Aucun résultat ne contient à la fois ${listeFrancaise(motsCherches(e.q).map(guillemets))} : voici ce que trouve chaque mot seul.`));
      mots.forEach(([, m], i) => {
        const lignes = trouves[i]!;
        contenu.push(lignes.length ? bloc(guillemets(m), lignes, tous(m)) : element('p', `${guillemets(m)} ne se trouve nulle part sur le site.`));
      });
      parMot = true;
    }
  }
  if (!o.courante()) return false;
  zone.replaceChildren(...contenu);
  zone.hidden = contenu.length === 0;
  return parMot;
}
