// The fiche of a quartier, read as a resident would: the essentials first, readable charts, comparisons in words,
// badly read tables shown under their notice, compact équipements, the sources in one place, words explained.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

interface QuartierJson {
  code: string;
  nom: string;
  population: number;
  npnru: 'national' | 'regional' | false;
  revenu_fiscal_median: number;
  equipements?: { id: string; nom: string }[];
}
const dist = process.env.DIST_DIR!;
const quartiers: QuartierJson[] = JSON.parse(readFileSync(resolve(dist, 'donnees/quartiers.json'), 'utf8')).quartiers;
const fr = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
/** A pattern that accepts the (narrow) no-break spaces of French typography where the text has a space. */
const texte = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));
const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);

test.describe('sur un téléphone (375 × 812)', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('chaque fiche : « L’essentiel » dans le premier écran, aucun texte sous 12 px', async ({ page }) => {
    test.setTimeout(quartiers.length * 5_000);
    expect(quartiers).toHaveLength(21);
    const problemes: string[] = [];
    for (const q of quartiers) {
      await page.goto(`quartiers/${q.code.toLowerCase()}/`);
      const essentiel = page.locator('section.essentiel');
      await expect(essentiel).toContainText(texte(`${fr(q.population)} habitants`));
      const boite = (await essentiel.boundingBox())!;
      if (boite.y + boite.height > 812) problemes.push(`${q.code} : « L’essentiel » finit à ${Math.round(boite.y + boite.height)} px`);
      // Every rendered text, HTML or SVG, measured on screen (an SVG scaled down shrinks its text).
      const petits = await page.evaluate(() => {
        const trouves: string[] = [];
        const marche = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = marche.nextNode(); n; n = marche.nextNode()) {
          const el: Element = n.parentElement!;
          if (!n.textContent?.trim() || el.closest('[hidden], .visuellement-cache, noscript, script, style')) continue;
          const rect = el.getBoundingClientRect();
          if (!rect.width || !rect.height) continue;
          let taille = parseFloat(getComputedStyle(el).fontSize);
          if (el instanceof SVGGraphicsElement) taille *= el.getScreenCTM()?.a ?? 1;
          if (taille < 12) trouves.push(`${taille.toFixed(1)} px : ${n.textContent.trim().slice(0, 30)}`);
        }
        return trouves;
      });
      problemes.push(...petits.map((p) => `${q.code} ${p}`));
    }
    expect(problemes).toEqual([]);
  });

  test('Grande Résidence : au plus 21 000 px (cellules empilées, sommaire à un geste), ses 29 équipements en 3 500 px au plus', async ({ page }) => {
    await page.goto('quartiers/qp062025/');
    const hauteur = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(hauteur).toBeLessThanOrEqual(21_000);
    const equipements = section(page, 'equipements');
    expect((await equipements.boundingBox())!.height).toBeLessThanOrEqual(3_500);
    const attendus = quartiers.find((q) => q.code === 'QP062025')!.equipements!;
    expect(attendus).toHaveLength(29);
    await expect(equipements.locator('.equipements-compacts > li')).toHaveCount(29);
    for (const e of attendus) await expect(equipements.locator('.nom', { hasText: e.nom }).first()).toBeAttached();
  });

  test('un pilier empile atouts, faiblesses et perspectives, dans un groupe nommé qui ne défile pas', async ({ page }) => {
    await page.goto('quartiers/qp062021/');
    const region = section(page, 'diagnostic').getByRole('group', { name: /^Cohésion sociale : atouts, faiblesses et perspectives$/ }).first();
    await expect(region).not.toHaveAttribute('tabindex');
    const { defile, ordre } = await region.evaluate((el) => ({
      defile: el.scrollWidth > el.clientWidth,
      ordre: [...el.children].map((c) => Math.round(c.getBoundingClientRect().top)),
    }));
    expect(defile).toBe(false);
    expect(ordre).toEqual([...ordre].sort((a, b) => a - b));
    expect(new Set(ordre).size).toBe(3);
  });
});

test('« L’essentiel » de Grande Résidence, en mots, avec ses liens', async ({ page }) => {
  await page.goto('quartiers/qp062025/');
  await expect(page.locator('h1')).toHaveText(/^Grande Résidence\s+\(QP062025\)$/);
  const essentiel = page.locator('section.essentiel');
  await expect(essentiel).toContainText(texte('5 050 habitants'));
  await expect(essentiel).toContainText(texte('7 100 € par an, 4 150 € sous le seuil de bas revenu (11 250 €) ; le plus bas des 21 quartiers.'));
  for (const [nom, slug] of [['Lens', 'lens'], ['Vendin-le-Vieil', 'vendin-le-vieil'], ['Loison-sous-Lens', 'loison-sous-lens']] as const) {
    await expect(essentiel.getByRole('link', { name: nom, exact: true })).toHaveAttribute('href', new RegExp(`/communes/${slug}/$`));
  }
  await expect(essentiel).toContainText('Hors du programme de renouvellement urbain');
  const sauts = essentiel.getByRole('navigation', { name: 'Parties de la fiche' });
  await expect(sauts.getByRole('link', { name: 'Équipements (29)' })).toHaveAttribute('href', '#equipements');
  await expect(sauts.getByRole('link', { name: 'Source' })).toHaveAttribute('href', '#source');
  // Terms link to the glossary on their first use only.
  await expect(essentiel.getByRole('link', { name: 'RFL' })).toHaveAttribute('href', /\/glossaire\/#rfl$/);
  await expect(page.locator('main a[href$="/glossaire/#seuil-de-bas-revenu"]')).toHaveCount(1);
  await page.locator('main a[href$="/glossaire/#rfl"]').click();
  await expect(page).toHaveURL(/\/glossaire\/#rfl$/);
  await expect(page.locator('#rfl')).toContainText('RFL');
});

test('un quartier du NPNRU mène à son programme ; les autres le disent', async ({ page }) => {
  const npnru = quartiers.filter((q) => q.npnru).map((q) => q.code.toLowerCase());
  expect(npnru.sort()).toEqual(['qp062019', 'qp062024', 'qp062028']);
  for (const code of npnru) {
    await page.goto(`quartiers/${code}/`);
    const essentiel = page.locator('section.essentiel');
    // The contract (004, l. 3519) puts the Cité 12-14 in the NPNRU of national interest, the two others of regional interest.
    await expect(essentiel).toContainText(`Quartier du NPNRU, le programme de renouvellement urbain, d’intérêt ${code === 'qp062024' ? 'national' : 'régional'}`);
    await expect(essentiel.getByRole('link', { name: 'son programme' })).toHaveAttribute('href', new RegExp(`/programmes/npnru-${code}/$`));
  }
});

test('la fiche dit qu’elle décrit 2015 et renvoie à SIG Ville, la carte officielle', async ({ page }) => {
  await page.goto('quartiers/qp062032/');
  const contexte = page.locator('aside.contexte');
  // A complementary region named by its title, which is no heading of the fiche.
  await expect(page.getByRole('complementary', { name: 'Une fiche de 2015' })).toHaveCount(1);
  await expect(contexte.getByRole('heading')).toHaveCount(0);
  await expect(contexte).toContainText('2015-2020');
  await expect(contexte).toContainText(texte('revue le 1er janvier 2024'));
  await expect(contexte.getByRole('link', { name: 'fiche QP062032' })).toHaveAttribute('href', 'https://sig.ville.gouv.fr/territoire/QP062032');
  await expect(contexte.getByRole('link', { name: /carte/ })).toHaveAttribute('href', 'https://sig.ville.gouv.fr/');
});

test('« Signaler une erreur » mène, sans contact réglé, à une page qui le dit', async ({ page }) => {
  await page.goto('quartiers/qp062025/');
  const lien = page.locator('main a.signaler').first();
  await expect(lien).toHaveText('Signaler une erreur');
  await lien.click();
  await expect(page).toHaveURL(/\/signaler-une-erreur\/$/);
  await expect(page.locator('main')).toContainText('Le contact de l’éditeur n’est pas encore configuré');
  await expect(page.locator('main')).toContainText('Ce que dit le document source');
});

test('âges : un seul tableau, ses barres sans texte ; indicateurs : échelle graduée et comparaison en mots', async ({ page }) => {
  await page.goto('quartiers/qp062025/');
  const ages = section(page, 'ages');
  await expect(ages.locator('table')).toHaveCount(1);
  await expect(ages.locator('svg text, [role=img]')).toHaveCount(0);
  await expect(ages.locator('tbody tr')).toHaveCount(9);
  await expect(ages.locator('tfoot tr')).toHaveText(texte('Ensemble5 060100 %'));

  const indicateurs = section(page, 'indicateurs').locator('ul.indicateurs > li');
  await expect(indicateurs).toHaveCount(12);
  const location = indicateurs.filter({ hasText: 'Part de logement en location' });
  await expect(location.locator('.valeur')).toHaveText(texte('plus de 85 %'));
  await expect(location).toContainText('Plus haut que dans les 19 autres quartiers dont la fiche donne cet indicateur.');
  await expect(location.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  await expect(location.locator('.echelle span')).toHaveText([/^0\s%$/, /^25\s%$/, /^50\s%$/, /^75\s%$/, /^100\s%$/]);
  // An open range is drawn as such: its bar fades out to the end of the scale.
  await expect(location.locator('rect.barre-ouverte')).toHaveAttribute('fill', /^url\(#ouvert-/);
});

test('un tableau mal lu est montré sous son avertissement, ligne par ligne', async ({ page }) => {
  await page.goto('quartiers/qp062045/');
  const diagnostic = section(page, 'diagnostic');
  const avis = diagnostic.locator('p.avertissement');
  await expect(avis).toContainText('La numérisation a mélangé la mise en page de ce tableau : les textes ci-dessous sont tels que lus');
  await expect(avis).toContainText('l’original est à la page 127 du document');
  await expect(diagnostic.locator('.lignes-mal-lues > li')).toHaveCount(13);
  // Each row under its printed label, said to be misread when it is no pillar's name; cells by printed column, the hint labelled.
  await expect(diagnostic.locator('.lignes-mal-lues h4').first()).toHaveText(/^« COURS DE VIE ET D'ÉVALUATION » \(intitulé mal lu\)$/);
  await expect(diagnostic.locator('.lignes-mal-lues .cellule-numero').first()).toHaveText(/^2e colonne imprimée — indice : celle des atouts dans les tableaux bien lus$/);
  const phrase = diagnostic.getByText('Des habitants fidèles à leur quartier', { exact: false });
  await expect(phrase).toBeVisible();
  const [yAvis, yPhrase] = [(await avis.boundingBox())!.y, (await phrase.boundingBox())!.y];
  expect(yPhrase).toBeGreaterThan(yAvis);

  // The OCR looped 96 times in QP062027: shown once, with the count.
  await page.goto('quartiers/qp062027/');
  await expect(section(page, 'diagnostic').locator('.repetition', { hasText: 'imprimé 96 fois de suite, numéroté de 5 à 100' })).toHaveCount(2);
});

test('diagnostic par pilier ; équipements par liste de la source puis par domaine, partagés liés', async ({ page }) => {
  await page.goto('quartiers/qp062021/');
  const diagnostic = section(page, 'diagnostic');
  const pilier = diagnostic.locator('.axe').first();
  await expect(pilier.locator('h4')).toHaveAttribute('id', 'diagnostic-1-axe-1');
  await expect(pilier.locator('h5')).toHaveText([/^Atouts \(\d+\)$/, /^Faiblesses \(\d+\)$/, /^Perspectives \(\d+\)$/]);

  const equipements = section(page, 'equipements');
  const attendus = quartiers.find((q) => q.code === 'QP062021')!.equipements!.length;
  await expect(equipements.locator('.equipements-compacts > li')).toHaveCount(attendus);
  const comptes = await equipements.locator(':is(.domaine, .liste-source)').evaluateAll((ds) =>
    ds.map((d) => [Number(/\((\d+)\)/.exec(d.querySelector(':scope > :is(h3, h4)')!.textContent!)![1]), d.querySelectorAll('.equipements-compacts > li').length]),
  );
  for (const [annonce, compte] of comptes) expect(annonce).toBe(compte);
  // Each of the source's lists is a heading once, its domains under it: no heading repeated in the section.
  await expect(equipements.locator('.liste-source > h3').first()).toHaveText(/^« .+ » \(\d+\)$/);
  await expect(equipements.locator('.liste-source .domaine > h4').first()).toHaveText(/^\S.* \(\d+\)$/);
  const college = equipements.locator('.equipements-compacts > li', { has: page.locator('.nom', { hasText: 'Collège David Marcel' }) });
  await expect(college.getByRole('link')).toHaveAttribute('href', /\/quartiers\/qp062047\/$/);
  await expect(college).toContainText('Aussi : Languedoc - Cité 10');
});

test('les libellés imprimés et les remarques ne sont que dans « Source et transcription »', async ({ page }) => {
  for (const code of ['qp062025', 'qp062032', 'qp062019']) {
    await page.goto(`quartiers/${code}/`);
    const horsSource = await page.locator('main').evaluate((main) => {
      const copie = main.cloneNode(true) as HTMLElement;
      copie.querySelector('section[aria-labelledby="source"]')?.remove();
      return copie.textContent ?? '';
    });
    expect(horsSource).not.toMatch(/Rubrique de la source|Intitulé dans la source|Remarque de transcription/);
  }
  await page.goto('quartiers/qp062025/');
  const source = section(page, 'source');
  await expect(source).toContainText('Code du quartier : QP062025');
  await expect(source).toContainText('Communes, telles qu’imprimées : Lens / Vendin-le-Vieil / Loison-sous-Lens');
  await expect(source).toContainText('page 69');
  const details = source.locator('details.transcription');
  await details.locator('summary').click();
  await expect(details).toContainText('Tableau mal lu (page 69)');
  await expect(details).toContainText('« Nb entreprises pour 1000h par rapport à l\'ensemble des QPV régionaux », « 20 à 30 »');
});

test('une liste de la source répartie sur plusieurs domaines n’est qu’un titre, une fois', async ({ page }) => {
  await page.goto('quartiers/qp062019/');
  const nom = /Equipements sur les Quartiers République et Quatre/;
  const titres = section(page, 'equipements').getByRole('heading', { name: nom });
  await expect(titres).toHaveCount(1);
  await expect(titres).toHaveJSProperty('tagName', 'H3');
  // Its domains are the headings under it.
  const liste = section(page, 'equipements').locator('.liste-source').filter({ has: page.getByRole('heading', { name: nom }) });
  await expect(liste.locator('.domaine > h4')).toHaveCount(5);
});

test('un code tapé en capitales, tel qu’imprimé, mène à la fiche (npm run preview lit _redirects)', async ({ page }) => {
  const reponse = await page.goto('quartiers/QP062019/');
  expect(reponse?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toMatch(/\/quartiers\/qp062019\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('QP062019');
});

test('le graphique des revenus renvoie à chaque quartier nommé, du plus bas au plus élevé, celui de la fiche en vue', async ({ page }) => {
  await page.goto('quartiers/qp062019/');
  await section(page, 'chiffres').getByRole('link', { name: /Chaque quartier du graphique, nommé/ }).click();
  await expect(page).toHaveURL(/\/revenus\/#q-qp062019$/);
  const lignes = page.locator('table.revenus tbody tr');
  await expect(lignes).toHaveCount(quartiers.length);
  const ligne = page.locator('#q-qp062019');
  await expect(ligne).toBeInViewport();
  await expect(ligne.getByRole('rowheader')).toHaveText('République - Cité 4');
  await expect(ligne.getByRole('link')).toHaveAttribute('href', /\/quartiers\/qp062019\/$/);
  const revenus = await page.locator('table.revenus tbody tr td:nth-child(3)').allTextContents();
  const valeurs = revenus.map((t) => Number(t.replace(/\D/g, '')));
  expect(valeurs).toEqual([...valeurs].sort((a, b) => a - b));
  expect(valeurs.sort()).toEqual(quartiers.map((q) => q.revenu_fiscal_median).sort());
});
