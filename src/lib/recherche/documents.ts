import { echapperHtml } from '../html.ts';
import { a } from '../elision.ts';
import { libellesDomaines, libellesPerimetres } from '../libelles.ts';
import { ancres, nomEtCode } from '../site/ancres.ts';
import { filtreListe, parDomaine, type EquipementVue, type Modele } from '../site/modele.ts';
import { ecrireChamp as champ } from './champs.ts';
import { TYPES } from './constantes.ts';
import { attributRang } from './rang.ts';
import { genre, motsDuGenre } from './genres.ts';

/** A search document that is not a page of the site: HTML for Pagefind, and the address it stands for (an anchor of a page). */
export interface DocumentRecherche {
  url: string;
  content: string;
}

// Weights (Pagefind: 1 for plain text, quadratic): an équipement's name counts like a page's main heading,
// the words of its kind like a heading, the quartiers it serves less than plain text (they are not its name).
const POIDS_NOM = 7;
const POIDS_GENRE = 3;
const POIDS_QUARTIERS = 0.5;


/** A document's HTML; `nom` orders it among those of its type (rang.ts). */
function page(titre: string, nom: string, filtres: Record<string, string[]> & { type: [string] }, meta: Record<string, string>, corps: string): string {
  // Values in an attribute, not as text: a filter's text would count as words of the document.
  const valeur = (genre: string, cle: string, v: string) => `<span data-pagefind-${genre}="${cle}[data-valeur]" data-valeur="${echapperHtml(v)}"></span>`;
  const spans = [...Object.entries(filtres).flatMap(([cle, valeurs]) => valeurs.map((v) => valeur('filter', cle, v))), ...Object.entries(meta).map(([cle, v]) => valeur('meta', cle, v))];
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${echapperHtml(titre)}</title></head><body><main data-pagefind-body data-pagefind-sort="${echapperHtml(attributRang(filtres.type[0], nom))}">${spans.join('')}<h1>${echapperHtml(titre)}</h1>${corps}</main></body></html>`;
}


/** The fields of an équipement's text, in order (the search page reads them back with `lireChamps`). */
export function champsEquipement(e: EquipementVue, m: Modele): { genre: string; adresse: string; precisions: string; quartiers: string } {
  return {
    genre: motsDuGenre(e).join(', '),
    adresse: e.adresse ?? '',
    precisions: [
      e.nature,
      e.nombre && `${e.nombre} équipements`,
      e.elements?.join(', '),
      e.note,
      e.perimetre && libellesPerimetres[e.perimetre],
      e.en_projet && 'En projet',
    ]
      .filter(Boolean)
      .join(' · '),
    quartiers: e.quartiers.map((c) => nomEtCode(m.quartier.get(c)?.nom ?? c, c)).join(' ; '),
  };
}

/**
 * One document per commune and BPE domain, « Enseignement à Douai »: its équipements, each under a heading that
 * carries the anchor of its row on the commune's page, so that Pagefind returns them as sub-results. Grouped, because
 * what a visitor downloads for a search grows with the number of documents (about 8 bytes each in Pagefind's
 * metadata); by domain, because each result loads its whole document (a commune's 100 équipements: 5 KB).
 */
function* documentsEquipements(m: Modele): Generator<DocumentRecherche> {
  for (const c of m.communes) {
    for (const [domaine, liste] of parDomaine(c.equipements.map((id) => m.equipement.get(id)!))) {
      const codes = [...new Set(liste.flatMap((e) => e.quartiers))].sort();
      const quartiers = codes.map((code) => nomEtCode(m.quartier.get(code)?.nom ?? code, code));
      const blocs = liste.map((e) => {
        const f = champsEquipement(e, m);
        return `<h2 id="${ancres.equipement(e.id)}" data-pagefind-weight="${POIDS_NOM}">${echapperHtml(e.nom)}</h2>${champ(f.genre, POIDS_GENRE)}${champ(f.adresse)}${champ(f.precisions)}${champ(f.quartiers, POIDS_QUARTIERS)}`;
      });
      // The commune and the kinds of its équipements, as a field that the search page weighs (`genres`): « collèges »,
      // « centres sociaux », « école Douai » bring the communes' équipements of that kind before texts that merely name it.
      const genres = [c.nom, ...new Set(liste.flatMap(genre))];
      yield {
        // Unique for Pagefind (one document per address). A group result links to it as it is: that domain's section
        // of the commune's page; an équipement's result to its row there.
        url: `/communes/${c.slug}/#${ancres.domaine(domaine)}`,
        content: page(
          `${libellesDomaines[domaine]} ${a(c.nom)}`,
          // By commune, then domain, in the order of the commune pages' sections.
          `${c.nom} ${domaine}`,
          // By the lists of the quartiers they are attached to (none when the territory has a single list).
          { type: [TYPES.equipement], commune: [c.nom], domaine: [libellesDomaines[domaine]], quartier: quartiers, liste: filtreListe(codes, m) },
          { genres: genres.join(', ') },
          blocs.join(''),
        ),
      };
    }
  }
}

/**
 * One document per entry of the glossary, so that a term typed alone (« GUSP ») brings its definition beside the pages
 * that use it; the term is its name (`nom`, weighed most). The glossary page itself is not indexed.
 */
function documentsGlossaire(m: Pick<Modele, 'glossaire'>): DocumentRecherche[] {
  return m.glossaire.map((g) => {
    const titre = 'developpe' in g && g.developpe ? `${g.terme} (${g.developpe})` : g.terme;
    return { url: `/glossaire/#${g.id}`, content: page(titre, g.terme, { type: [TYPES.definition] }, { nom: g.terme }, `<p>${echapperHtml(g.definition)}</p>`) };
  });
}

/**
 * The search documents that are not pages: the équipements, one document per commune and domain, and the glossary's
 * entries. The diagnostic tables are not among them: they are indexed on the fiche page itself, each pillar a
 * sub-result under its heading. Made one at a time: the build writes each as it comes, a file at its address
 * (fichiers-documents.ts; 17 MB of HTML at 1,500 fiches, which held whole took 100 MB more of the validation process,
 * while Astro renders beside it).
 */
export function* documentsRecherche(m: Modele): Generator<DocumentRecherche> {
  yield* documentsEquipements(m);
  yield* documentsGlossaire(m);
}
