// Search page: Pagefind's JS API with our own accessible interface.
// The query and the ticked filters live in the URL, so that a search can be shared.
const FILTRES = [
  ['type', 'Type de résultat'],
  ['commune', 'Commune'],
  ['quartier', 'Quartier'],
  ['domaine', "Domaine de l'équipement"],
  ['pilier', 'Pilier du diagnostic'],
];
const PAR_PAGE = 20;

const form = document.getElementById('recherche');
const champ = document.getElementById('q');
const zoneFiltres = document.getElementById('filtres');
const etat = document.getElementById('etat');
const liste = document.getElementById('resultats');
const plus = document.getElementById('plus');
const base = form.dataset.base;

let pagefind;
let resultats = [];
let affiches = 0;
let tour = 0;

function lireUrl() {
  const params = new URLSearchParams(location.search);
  const choisis = {};
  for (const [cle] of FILTRES) {
    const valeurs = params.getAll(cle);
    if (valeurs.length) choisis[cle] = valeurs;
  }
  return { q: params.get('q') ?? '', choisis };
}

function ecrireUrl(q, choisis) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [cle, valeurs] of Object.entries(choisis)) for (const v of valeurs) params.append(cle, v);
  const texte = params.toString();
  history.replaceState(null, '', texte ? `?${texte}` : location.pathname);
}

function choisisDepuisCases() {
  const choisis = {};
  for (const c of zoneFiltres.querySelectorAll('input[type=checkbox]:checked')) (choisis[c.name] ??= []).push(c.value);
  return choisis;
}

/** Pagefind's excerpt is HTML; keep only its text and <mark> highlights, never any other markup. */
function extrait(html) {
  const fragment = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  for (const noeud of doc.body.firstChild?.childNodes ?? []) {
    if (noeud.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = noeud.textContent;
      fragment.append(m);
    } else fragment.append(document.createTextNode(noeud.textContent ?? ''));
  }
  return fragment;
}

function element(nom, classe, texte) {
  const e = document.createElement(nom);
  if (classe) e.className = classe;
  if (texte) e.textContent = texte;
  return e;
}

function dessinerFiltres(totaux, restants, choisis) {
  // The checkboxes are redrawn with their new counts: give the focus back to the one the user was on.
  const actif = document.activeElement;
  const focus = actif instanceof HTMLInputElement && zoneFiltres.contains(actif) ? [actif.name, actif.value] : undefined;
  for (const f of zoneFiltres.querySelectorAll('fieldset')) f.remove();
  for (const [cle, libelle] of FILTRES) {
    const valeurs = Object.keys(totaux[cle] ?? {}).sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
    if (!valeurs.length) continue;
    const groupe = element('fieldset');
    groupe.append(element('legend', '', libelle));
    for (const v of valeurs) {
      const id = `f-${cle}-${valeurs.indexOf(v)}`;
      const caseACocher = element('input');
      Object.assign(caseACocher, { type: 'checkbox', name: cle, value: v, id, checked: (choisis[cle] ?? []).includes(v) });
      const etiquette = element('label');
      etiquette.htmlFor = id;
      const n = restants?.[cle]?.[v] ?? totaux[cle][v];
      etiquette.append(caseACocher, ` ${v} (${n})`);
      groupe.append(etiquette);
    }
    zoneFiltres.append(groupe);
  }
  zoneFiltres.hidden = false;
  if (focus) [...zoneFiltres.querySelectorAll('input[type=checkbox]')].find((c) => c.name === focus[0] && c.value === focus[1])?.focus();
}

async function afficherSuite() {
  const tranche = await Promise.all(resultats.slice(affiches, affiches + PAR_PAGE).map((r) => r.data()));
  for (const d of tranche) {
    const li = element('li');
    const titre = element('h3');
    const lien = element('a', '', d.meta.title ?? d.url);
    lien.href = d.url;
    titre.append(lien);
    li.append(titre);
    const infos = [d.meta.type ?? d.filters?.type?.[0], d.meta.lieu, d.meta.quartiers && `Quartiers : ${d.meta.quartiers}`, d.meta.perimetre].filter(Boolean);
    if (infos.length) li.append(element('p', 'meta', infos.join(' · ')));
    const p = element('p');
    p.append(extrait(d.excerpt));
    li.append(p);
    const sous = (d.sub_results ?? []).filter((s) => s.url !== d.url).slice(0, 3);
    if (sous.length) {
      const ul = element('ul');
      for (const s of sous) {
        const a = element('a', '', s.title);
        a.href = s.url;
        const item = element('li');
        item.append(a);
        ul.append(item);
      }
      li.append(ul);
    }
    liste.append(li);
  }
  affiches += tranche.length;
  plus.hidden = affiches >= resultats.length;
}

async function chercher() {
  const numero = ++tour;
  const q = champ.value.trim();
  const choisis = choisisDepuisCases();
  ecrireUrl(q, choisis);
  const filters = Object.fromEntries(Object.entries(choisis).map(([cle, valeurs]) => [cle, { any: valeurs }]));
  const actif = q || Object.keys(filters).length;
  if (!actif) {
    liste.replaceChildren();
    plus.hidden = true;
    etat.textContent = 'Écrivez un mot ou cochez un filtre.';
    dessinerFiltres(await pagefind.filters(), undefined, choisis);
    return;
  }
  etat.textContent = 'Recherche en cours…';
  const recherche = await pagefind.search(q || null, { filters });
  if (numero !== tour) return; // a newer search has started
  resultats = recherche.results;
  affiches = 0;
  liste.replaceChildren();
  dessinerFiltres(recherche.totalFilters ?? (await pagefind.filters()), recherche.filters, choisis);
  await afficherSuite();
  const n = resultats.length;
  const pour = q ? ` pour « ${q} »` : '';
  etat.textContent = n ? `${n} résultat${n > 1 ? 's' : ''}${pour}.` : `Aucun résultat${pour}. Essayez un autre mot ou retirez des filtres.`;
}

async function demarrer() {
  pagefind = await import(`${base}pagefind/pagefind.js`);
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  await pagefind.init();
  const { q, choisis } = lireUrl();
  champ.value = q;
  dessinerFiltres(await pagefind.filters(), undefined, choisis);
  await chercher();
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  chercher();
});
zoneFiltres.addEventListener('change', () => chercher());
plus.addEventListener('click', async () => {
  const premier = affiches;
  await afficherSuite();
  liste.children[premier]?.querySelector('a')?.focus();
});
demarrer().catch((err) => {
  etat.textContent = "La recherche n'a pas pu se charger. Parcourez l'index des équipements ou la liste des quartiers.";
  console.error(err);
});
