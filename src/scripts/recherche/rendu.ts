// Drawing the rows, the filter chips and the filter counts. Texts go in as text nodes, never as HTML.
import { TYPES } from '../../lib/recherche/constantes.ts';
import type { Ligne } from '../../lib/recherche/resultats.ts';
import { FILTRES, type EtatRecherche } from '../../lib/recherche/etat.ts';

function element<K extends keyof HTMLElementTagNameMap>(nom: K, classe?: string, texte?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(nom);
  if (classe) e.className = classe;
  if (texte) e.textContent = texte;
  return e;
}

function lien(texte: string, url: string): HTMLAnchorElement {
  const a = element('a', undefined, texte);
  a.href = url;
  return a;
}

/** Pagefind's excerpt is HTML: only its text and its <mark> highlights are kept. */
function extrait(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  for (const noeud of doc.body.firstChild?.childNodes ?? []) {
    fragment.append(noeud.nodeName === 'MARK' ? element('mark', undefined, noeud.textContent ?? '') : document.createTextNode(noeud.textContent ?? ''));
  }
  return fragment;
}

export function dessinerLigne(l: Ligne): HTMLLIElement {
  const li = element('li', 'resultat');
  const titre = element('h3');
  titre.append(lien(l.titre, l.url));
  li.append(titre, element('p', 'meta', l.details.join(' · ')));
  // An équipement shows its fields instead: its name, kind and address are what the words matched.
  if (l.extrait && l.type !== TYPES.equipement) {
    const p = element('p', 'extrait');
    p.append(extrait(l.extrait));
    li.append(p);
  }
  if (l.equipements.length) {
    const ul = element('ul', 'equipements-trouves');
    for (const e of l.equipements) {
      const item = element('li');
      item.append(lien(e.titre, e.url));
      const infos = [e.domaine, e.adresse, e.precisions, e.quartiers && `Quartiers : ${e.quartiers}`].filter(Boolean).join(' · ');
      if (infos) item.append(element('span', 'meta', ` ${infos}`));
      ul.append(item);
    }
    li.append(ul);
  }
  if (l.nombre && l.nombre > l.equipements.length) {
    const p = element('p');
    p.append(lien(`Voir les ${l.nombre} équipements de ce domaine`, l.url));
    li.append(p);
  }
  if (l.autres.length) {
    const p = element('p', 'aussi', 'Aussi dans : ');
    l.autres.forEach((a, i) => p.append(...(i ? [document.createTextNode(' · ')] : []), lien(a.titre, a.url)));
    li.append(p);
  }
  return li;
}

/** The removable chips of the active filters. */
export function dessinerPuces(zone: HTMLElement, e: EtatRecherche): void {
  zone.replaceChildren(
    ...FILTRES.flatMap(([cle, libelle]) =>
      (e.filtres[cle] ?? []).map((v) => {
        const li = element('li');
        const b = element('button', 'puce', v);
        b.type = 'button';
        b.dataset['cle'] = cle;
        b.dataset['valeur'] = v;
        b.setAttribute('aria-label', `Retirer le filtre ${libelle} : ${v}`);
        b.append(element('span', undefined, ' ×'));
        b.lastElementChild!.setAttribute('aria-hidden', 'true');
        li.append(b);
        return li;
      }),
    ),
  );
}
