import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entreesDu, glossaireLu } from '../../glossaire-lu.ts';
import { lierPremiersTermes, termesALier, type TermeALier } from '../../../../src/lib/site/liens-glossaire.ts';

const glossaire = entreesDu();
const siglesIncertains = glossaireLu().sigles_incertains;
const termes = termesALier(glossaire);
const href = (id: string) => `/qpv/glossaire/#${id}`;
/** The content of <main> once linked (what Base.astro renders there). */
const dans = (main: string, t: readonly TermeALier[] = termes) => lierPremiersTermes(main, t, href);
const lien = (id: string, texte: string) => `<a class="terme" href="/qpv/glossaire/#${id}">${texte}</a>`;

test('la première occurrence seule est liée, sous le chemin de base', () => {
  assert.equal(dans('<p>Le CCAS et le CCAS.</p><p>Au CCAS.</p>'), `<p>Le ${lien('ccas', 'CCAS')} et le CCAS.</p><p>Au CCAS.</p>`);
});

test('chaque terme a son lien, dans l’ordre du texte', () => {
  assert.equal(dans('<p>Le CCAS, la CAF, puis la PMI et le CCAS.</p>'), `<p>Le ${lien('ccas', 'CCAS')}, la ${lien('caf', 'CAF')}, puis la ${lien('pmi', 'PMI')} et le CCAS.</p>`);
});

test('mots entiers seulement, sigles à la casse près', () => {
  assert.equal(dans('<p>CAJOU, REPAS, le rep, Caf, CCAJ, ZACS.</p>'), '<p>CAJOU, REPAS, le rep, Caf, CCAJ, ZACS.</p>');
  assert.equal(dans('<p>Le CAJ (ex REP+), l’ANRU, d&#39;ALSH.</p>'), `<p>Le ${lien('caj', 'CAJ')} (ex ${lien('rep', 'REP')}+), l’${lien('anru', 'ANRU')}, d&#39;${lien('alsh', 'ALSH')}.</p>`);
});

test('un terme en mots se lie quelle que soit la casse de ses mots ordinaires et l’espace entre eux, pas celle de ses sigles', () => {
  assert.equal(dans('<p>Le Contrat de Ville.</p>'), `<p>Le ${lien('contrat-de-ville', 'Contrat de Ville')}.</p>`);
  assert.equal(dans('<p>le contrat\nde\u00a0ville</p>'), `<p>le ${lien('contrat-de-ville', 'contrat\nde\u00a0ville')}</p>`);
  assert.equal(dans('<p>le carroyage insee, le carroyage INSEE</p>'), `<p>le carroyage insee, le ${lien('carroyage', 'carroyage INSEE')}</p>`);
  assert.equal(dans('<p>Contrats de ville</p>'), '<p>Contrats de ville</p>', 'pas au pluriel : un autre mot');
});

test('la forme la plus longue l’emporte, et la plus courte reste à lier ailleurs', () => {
  assert.equal(
    dans('<p>Revenu fiscal médian par unité de consommation, par unité de consommation.</p>'),
    `<p>${lien('revenu-fiscal-median', 'Revenu fiscal médian par unité de consommation')}, par ${lien('unite-de-consommation', 'unité de consommation')}.</p>`,
  );
});

test('à la place d’un terme déjà lié, un terme plus court qu’il contient se lie encore', () => {
  const rfm = 'Revenu fiscal médian par unité de consommation';
  assert.equal(dans(`<p>${rfm}.</p><p>${rfm}.</p>`), `<p>${lien('revenu-fiscal-median', rfm)}.</p><p>Revenu fiscal médian par ${lien('unite-de-consommation', 'unité de consommation')}.</p>`);
});

test('la même liste de termes sert page après page : chaque page lie ses propres premières occurrences', () => {
  const attendu = `<p>Le ${lien('ccas', 'CCAS')} et la ${lien('caf', 'CAF')}.</p>`;
  for (let i = 0; i < 3; i++) assert.equal(dans('<p>Le CCAS et la CAF.</p>'), attendu);
  assert.equal(dans('<p>Le CCAS et la CAF.</p>', termes.filter((t) => t.id !== 'caf')), `<p>Le ${lien('ccas', 'CCAS')} et la CAF.</p>`, 'une autre liste');
});

test('une entrée qui explique des sigles lie chacun d’eux', () => {
  assert.equal(dans('<p>Des CDD, des CDI, des PLUS, le kit du CGET.</p>'), `<p>Des ${lien('contrats-de-travail', 'CDD')}, des CDI, des ${lien('prets-logement-social', 'PLUS')}, le kit du ${lien('kit-cget', 'CGET')}.</p>`);
});

test('ni les titres, ni les liens, ni les commandes, le code, les dessins ou le texte caché', () => {
  const intacts = [
    '<h2>Le CCAS</h2>',
    '<h3 id="x">Le <span>CCAS</span></h3>',
    '<blockquote><p id="attribution">Contrat de Ville 2015-2020</p></blockquote>',
    '<a href="/x/">Le CCAS</a>',
    '<button type="button">CCAS</button>',
    '<details><summary>CCAS</summary></details>',
    '<label for="c">CCAS</label>',
    '<abbr title="centre communal d’action sociale">CCAS</abbr>',
    '<code>CCAS</code>',
    '<svg viewBox="0 0 1 1"><text>CCAS</text></svg>',
    '<p hidden>CCAS</p>',
    '<div aria-hidden="true"><span>CCAS</span></div>',
    '<script>const s = "<p>CCAS</p>";</script>',
    '<style>p::before { content: "CCAS" }</style>',
    '<!-- CCAS -->',
    '<p title="CCAS" data-x=\'a > CCAS\'>—</p>',
  ];
  for (const html of intacts) assert.equal(dans(html), html, html);
  assert.equal(dans('<h2>CCAS</h2><p>Le CCAS.</p>'), `<h2>CCAS</h2><p>Le ${lien('ccas', 'CCAS')}.</p>`, 'la première occurrence liable suit le titre');
  assert.equal(dans('<p>Le <strong>CCAS</strong>.</p>'), `<p>Le <strong>${lien('ccas', 'CCAS')}</strong>.</p>`, 'dans une mise en valeur');
  assert.equal(dans('<details><summary>Voir</summary><p>CCAS</p></details>'), `<details><summary>Voir</summary><p>${lien('ccas', 'CCAS')}</p></details>`);
  assert.equal(dans('<p>Le <br>CCAS<img src="x.png" alt="CCAS"/> et</p>'), `<p>Le <br>${lien('ccas', 'CCAS')}<img src="x.png" alt="CCAS"/> et</p>`);
});

test('les attributs s’écrivent de toutes les façons permises : entre guillemets, apostrophes ou sans, en capitales, avec des blancs', () => {
  for (const html of ['<p class="x" hidden>CCAS</p>', '<p HIDDEN="">CCAS</p>', "<div data-x=a aria-hidden='true'>CCAS</div>", '<div class = "x"\naria-hidden = "true" >CCAS</div>', '<a\thref="/x/" class="y">CCAS</a>']) {
    assert.equal(dans(html), html, html);
  }
  for (const [html, avant, apres] of [
    ['<p class=x data-y=\'a > b\'>Le CCAS</p>', "<p class=x data-y='a > b'>Le ", '</p>'],
    ['<p class="x" aria-hidden="false">Le CCAS</p>', '<p class="x" aria-hidden="false">Le ', '</p>'],
    ['<P CLASS="x">Le CCAS</P>', '<P CLASS="x">Le ', '</P>'],
    ['<p class="hidden">Le CCAS</p>', '<p class="hidden">Le ', '</p>'],
  ] as const) {
    assert.equal(dans(html), `${avant}${lien('ccas', 'CCAS')}${apres}`, html);
  }
});

test('un terme que la page lie déjà à son entrée ne l’est pas une seconde fois', () => {
  const deja = `<p>Le CCAS.</p><p>Le ${lien('ccas', 'centre communal')}.</p>`;
  assert.equal(dans(deja), deja);
});

test('les sigles au sens incertain ne sont jamais liés, ni pris pour un terme défini', () => {
  const formes = new Set(termes.flatMap((t) => t.formes));
  for (const s of siglesIncertains) assert.ok(!formes.has(s.sigle), `${s.sigle} à la fois défini et incertain`);
  const texte = `<p>${siglesIncertains.map((s) => s.sigle).join(', ')}.</p>`;
  assert.equal(dans(texte), texte);
});

test('chaque entrée du glossaire a des formes qui commencent par un mot', () => {
  assert.equal(termes.length, glossaire.length);
  for (const t of termes) {
    assert.ok(t.formes.length > 0, t.id);
    for (const f of t.formes) assert.match(f, /^[\p{L}\p{N}]/u, t.id);
  }
  assert.deepEqual(termes.find((t) => t.id === 'routes')!.formes, ['RD', 'RN']);
  assert.deepEqual(termes.find((t) => t.id === 'ccas')!.formes, ['CCAS']);
});

test('l’adresse du lien est échappée dans son attribut', () => {
  assert.match(lierPremiersTermes('<p>CCAS</p>', termes, () => '/a&b"/'), /href="\/a&amp;b&quot;\/"/);
});
