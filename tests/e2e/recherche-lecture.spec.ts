// The search page reads a query as people type it (issue 25): ligatures, « n° », words joined or split, typos
// corrected in place, street types, names and quartiers first, the glossary as results, a way forward.
// Examples come from the data where they can.
import { expect, test, type Page } from '@playwright/test';
import { donnees } from '../../src/lib/site/donnees.ts';
import { entreesDu } from '../unit/glossaire-lu.ts';

const m = donnees();
const etat = (page: Page) => page.locator('#etat');
const resultats = (page: Page) => page.locator('#resultats > li');
const titres = (page: Page) => resultats(page).locator('h3').allTextContents();

async function chercher(page: Page, q: string) {
  await page.goto('recherche/');
  await page.locator('#q').fill(q);
  await page.locator('#q').press('Enter');
  await expect(etat(page)).not.toHaveText(/^(Recherche en cours…|Écrivez un mot ou cochez un filtre\.)?$/);
}

test('œ et oe se valent, et les résultats gardent la ligature du texte', async ({ page }) => {
  await chercher(page, 'coeur de ville');
  const avecOe = await etat(page).textContent();
  expect(avecOe).toMatch(/^\d+ résultats? pour « coeur de ville »/);
  // The texts as printed: « cœur », never the folded « coeur » the query was written with.
  await expect(page.locator('#resultats')).toContainText(/cœur/i);
  await chercher(page, 'cœur de ville');
  expect((await etat(page).textContent())!.replace('cœur', 'coeur')).toBe(avecOe);
  const resto = m.equipements.find((e) => /resto du cœur/i.test(e.nom))!;
  await chercher(page, 'resto du coeur');
  expect((await titres(page))[0]).toBe(resto.nom);
});

test('« n° 2 » et « n°2 » se valent : l’équipement numéroté vient en premier', async ({ page }) => {
  const e = m.equipements.find((x) => /n°\d/.test(x.nom))!;
  const [avant, numero] = e.nom.split(/n°(?=\d)/) as [string, string];
  for (const q of [`${avant}n° ${numero.split(/\s/)[0]}`, `${avant}n°${numero.split(/\s/)[0]}`]) {
    await chercher(page, q);
    expect((await titres(page))[0], q).toBe(e.nom);
  }
});

test('un mot tapé d’un seul tenant est cherché en deux mots, deux mots sont cherchés en un, et la ligne d’état le dit', async ({ page }) => {
  await chercher(page, 'skatepark');
  await expect(etat(page)).toHaveText(/^Résultats pour « skate park », en séparant les mots : \d+ résultats?\./);
  expect((await titres(page))[0]).toMatch(/^skate park$/i);
  await chercher(page, 'media theque');
  await expect(etat(page)).toHaveText(/^Résultats pour « mediatheque », en joignant les mots : \d+ résultats?\./);
  expect((await titres(page))[0]).toMatch(/^médiathèque/i);
});

test('une faute de frappe est corrigée sur place, avec le lien vers la requête exacte ; un mot absent reste « Aucun résultat »', async ({ page }) => {
  await chercher(page, 'mediathque');
  await expect(etat(page)).toHaveText(/^Résultats pour « médiathèque » : \d+ résultats?\. Rechercher exactement « mediathque »$/);
  expect((await titres(page))[0]).toMatch(/^médiathèque/i);
  const exact = page.getByRole('link', { name: 'Rechercher exactement « mediathque »' });
  await exact.click();
  await expect(etat(page)).toHaveText(/^Aucun résultat pour « mediathque »/);
  await expect(page).toHaveURL(/[?&]exact=1/);
  // Words the site never holds, nor any close word: no correction into something unrelated.
  for (const q of ['patinoire', 'trampoline', 'aquarium']) {
    await chercher(page, q);
    await expect(etat(page), q).toHaveText(new RegExp(`^Aucun résultat pour « ${q} »`));
  }
});

test('un nombre écrit en lettres, deux lettres inversées : la requête est lue autrement et la fiche vient en premier', async ({ page }) => {
  const trois = m.quartiers.find((q) => /^3 /.test(q.nom))!;
  const commune = m.commune.get(trois.communes[0]!)!.nom;
  await chercher(page, `trois ${trois.nom.slice(2)} ${commune}`);
  await expect(etat(page)).toHaveText(new RegExp(`^Résultats pour « 3 ${trois.nom.slice(2)} ${commune} », en chiffres : `));
  await expect(resultats(page).first().locator('h3 a')).toHaveAttribute('href', new RegExp(`/quartiers/${trois.slug}/$`));
  // The last word of a quartier's name with two letters swapped (« Brebis » → « Breibs »).
  const q = m.quartiers.find((x) => /^Cité Des \p{L}{6}$/u.test(x.nom))!;
  const mot = q.nom.split(' ').at(-1)!;
  const inverse = `${mot.slice(0, 3)}${mot[4]}${mot[3]}${mot.slice(5)}`.toLowerCase();
  await chercher(page, `cite des ${inverse}`);
  await expect(etat(page)).toHaveText(new RegExp(`^Résultats pour « cite des ${mot.toLowerCase()} » : .* Rechercher exactement « cite des ${inverse} »$`));
  await expect(resultats(page).first().locator('h3 a')).toHaveAttribute('href', new RegExp(`/quartiers/${q.slug}/$`));
});

test('le type de voie est facultatif : « boulevard » trouve ce que les données écrivent « rue »', async ({ page }) => {
  const e = m.equipements.find((x) => /^rue \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/iu.test(x.adresse ?? ''))!;
  const voie = e.adresse!.replace(/^rue /i, '');
  await chercher(page, `boulevard ${voie}`);
  await expect(etat(page)).toHaveText(new RegExp(`^Résultats pour « ${voie} », sans « boulevard » : `));
  await expect(resultats(page).first()).toContainText(voie);
});

test('un quartier tapé avec sa commune amène sa fiche, puis la page de la commune', async ({ page }) => {
  for (const q of m.quartiers.filter((x) => x.communes.length === 1).slice(0, 6)) {
    const commune = m.commune.get(q.communes[0]!)!;
    const tape = `${q.nom.split(' - ')[0]} ${commune.nom}`.toLowerCase();
    await chercher(page, tape);
    const liens = await resultats(page).locator('h3 a').evaluateAll((as) => as.slice(0, 2).map((a) => a.getAttribute('href')));
    expect(liens[0], tape).toMatch(new RegExp(`/quartiers/${q.slug}/$`));
    expect(liens[1], tape).toMatch(new RegExp(`/communes/${commune.slug}/$`));
  }
});

test('des mots qui se suivent dans un texte passent devant les mêmes mots épars : un bailleur fait de mots courants', async ({ page }) => {
  await chercher(page, 'maisons et cités');
  await expect(resultats(page).first()).toContainText(/Maisons (et|&) Cités?/i);
  // An équipement holding « maison » and « cités » apart comes after a fiche naming the landlord.
  const liste = await titres(page);
  const epars = liste.findIndex((t) => /^Maison des 3 Cités$/.test(t));
  const section = liste.findIndex((t) => /: (Cadre de vie|Cohésion sociale)/.test(t));
  expect(section).toBeGreaterThanOrEqual(0);
  if (epars >= 0) expect(section).toBeLessThan(epars);
});

test('un sigle tapé seul montre sa définition parmi les premiers résultats, et le lien mène à l’entrée du glossaire', async ({ page }) => {
  for (const sigle of ['PMI', 'ALSH', 'QPV']) {
    const g = entreesDu().find((x) => x.terme === sigle)!;
    await chercher(page, sigle.toLowerCase());
    const types = await resultats(page).locator('p.meta').evaluateAll((ps) => ps.slice(0, 3).map((p) => p.textContent ?? ''));
    const i = types.findIndex((t) => t.startsWith('Définition'));
    expect(i, `${sigle} : ${types.join(' | ')}`).toBeGreaterThanOrEqual(0);
    if (sigle === 'ALSH') {
      await resultats(page).nth(i).locator('h3 a').click();
      await expect(page).toHaveURL(new RegExp(`/glossaire/#${g.id}$`));
      await expect(page.locator(`[id="${g.id}"]`)).toBeInViewport();
    }
  }
});

test('« Aucun résultat » mène ailleurs ; le compte dit les équipements des groupes', async ({ page }) => {
  await chercher(page, 'patinoire');
  const ailleurs = page.locator('#ailleurs');
  await expect(ailleurs).toBeVisible();
  await ailleurs.getByRole('link', { name: 'les équipements par domaine' }).click();
  await expect(page).toHaveURL(/\/equipements\/#par-domaine$/);
  await expect(page.locator('#par-domaine')).toBeInViewport();
  await chercher(page, 'collège');
  await expect(etat(page)).toHaveText(/(^| dont )\d+ équipements dans \d+ groupes?( pour « collège »)?\.$/);
});

test.describe('sur un téléphone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('une seule boîte de recherche ; après la recherche le clavier se ferme et le premier résultat est dans l’écran', async ({ page }) => {
    await page.goto('recherche/');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await page.locator('#q').tap();
    await page.locator('#q').fill('piscine');
    await page.locator('#q').press('Enter');
    await expect(resultats(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('q');
    await expect(resultats(page).first().locator('h3')).toBeInViewport();
  });
});
