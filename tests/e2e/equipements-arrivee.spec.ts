// An équipement reached from a search result lands on its commune's page, on its own row, under its domain's heading,
// both on screen, on a phone and on a laptop; a group result lands on that domain's section of the commune's page.
import { expect, test, type Page } from '@playwright/test';

const TELEPHONE = { width: 375, height: 812 };
const PORTABLE = { width: 1280, height: 900 };

/** Follows the first search result for the query, whose title is given. */
async function suivrePremier(page: Page, q: string, titre: RegExp) {
  await page.goto(`recherche/?q=${encodeURIComponent(q)}`);
  const premier = page.locator('#resultats > li').first();
  await expect(premier.locator('h3')).toHaveText(titre);
  await premier.locator('h3 a').click();
  await page.waitForURL(/\/communes\/[^/]+\/#/);
}

/** The boxes, in the viewport, of the target and of its domain's heading, and what the row says. */
async function contexte(page: Page) {
  return page.evaluate(() => {
    const cible = document.getElementById(decodeURIComponent(location.hash.slice(1)))!;
    const boite = (e: Element | null | undefined) => (e ? (({ top, bottom }) => ({ top, bottom }))(e.getBoundingClientRect()) : null);
    const titre = cible.closest('section')?.querySelector(':scope > h3');
    return {
      cible: boite(cible),
      domaine: boite(titre),
      titreDomaine: titre?.textContent?.trim() ?? '',
      texte: cible.textContent ?? '',
      fond: getComputedStyle(cible).outlineStyle,
    };
  });
}

for (const ecran of [TELEPHONE, PORTABLE]) {
  for (const [q, titre, commune, domaine] of [
    ['piscine', /piscine/i, 'harnes', /^Sports, loisirs et culture/],
    ['médiathèque nelson mandela', /Nelson Mandela/i, null, /^Sports, loisirs et culture/],
    ['stade jesse owen', /Jesse Owen/i, null, /^Sports, loisirs et culture/],
    ['collège Jean Vilar', /Vilar/i, null, /^Enseignement/],
  ] as const) {
    test(`à ${ecran.width} px, « ${q} » : l’équipement atterrit sur sa ligne de la page de sa commune, sous son domaine, tous deux à l’écran`, async ({ page }) => {
      await page.setViewportSize(ecran);
      await suivrePremier(page, q, titre);
      if (commune) await expect(page).toHaveURL(new RegExp(`/communes/${commune}/#eq-`));
      const c = await contexte(page);
      expect(c.cible!.top).toBeGreaterThanOrEqual(c.domaine!.bottom - 1);
      expect(c.cible!.bottom).toBeLessThanOrEqual(ecran.height);
      expect(c.domaine!.top).toBeGreaterThanOrEqual(0);
      expect(c.titreDomaine).toMatch(domaine);
      expect(c.texte).toMatch(titre);
      // Its address, or that the source gives none; its quartiers, linked; the source's page.
      expect(c.texte).toMatch(/Rattaché aux? quartiers? .+\(source\s: page \d+\)/);
      expect(c.fond, 'mis en évidence').toBe('solid');
      await expect(page.locator(':target a[href*="/quartiers/"]').first()).toBeVisible();
    });
  }
}

test('un résultat de groupe (« Enseignement à Liévin ») atterrit sur la section Enseignement de la page de Liévin', async ({ page }) => {
  await page.setViewportSize(TELEPHONE);
  await suivrePremier(page, 'enseignement liévin', /^Enseignement à Liévin$/);
  await expect(page).toHaveURL(/\/communes\/lievin\/#domaine-c$/);
  const titre = page.locator('#domaine-c');
  await expect(titre).toBeInViewport();
  await expect(titre).toHaveText(/^Enseignement à Liévin \(\d+\)$/);
  await expect(page.locator('section:has(> #domaine-c) li').first()).toBeInViewport();
});

test('chaque ligne de la page d’une commune a son ancre, son adresse ou « adresse non donnée par la source », ses quartiers liés', async ({ page }) => {
  await page.goto('communes/lievin/');
  const lignes = page.locator('.equipements-commune > li');
  const n = await lignes.count();
  expect(n).toBeGreaterThan(20);
  const ids = await lignes.evaluateAll((lis) => lis.map((li) => li.id));
  expect(new Set(ids).size).toBe(n);
  expect(ids.every((id) => /^eq-/.test(id))).toBe(true);
  for (const li of (await lignes.all()).slice(0, 15)) {
    await expect(li.locator('a[href*="/quartiers/"]').first()).toBeVisible();
    await expect(li).toContainText(/\(source\s: page \d+\)/);
  }
  await expect(page.locator('.equipements-commune .sans-adresse').first()).toHaveText('adresse non donnée par la source');
  // The domains, each once, in BPE order, with their count.
  const titres = await page.locator('.domaine-commune > h3').allTextContents();
  expect(titres.length).toBeGreaterThan(1);
  const total = titres.reduce((s, t) => s + Number(/\((\d+)\)$/.exec(t.trim())![1]), 0);
  expect(total).toBe(n);
});

test('l’index des équipements n’a plus de liens « lien » vers ses propres lignes, et son filtre survit à un rechargement de son adresse', async ({ page }) => {
  await page.setViewportSize(TELEPHONE);
  await page.goto('equipements/');
  const lignes = page.locator('.liste-equipements > li');
  const n = await lignes.count();
  await expect(page.locator('.liste-equipements a[href*="#eq-"]')).toHaveCount(0);
  // Each commune's heading leads to its page, where the équipements have their rows.
  await expect(page.locator('section.commune-index > h2 a').first()).toHaveAttribute('href', /\/communes\/[^/]+\/$/);

  await page.selectOption('#filtre-commune', 'lievin');
  await page.selectOption('#filtre-domaine', 'F');
  await page.selectOption('#filtre-quartier', 'QP062028');
  await expect(page).toHaveURL(/\?commune=lievin&domaine=F&quartier=QP062028$/);
  const etat = (await page.locator('.etat-filtre').textContent())!;
  expect(etat).toMatch(/^\d+ équipements affichés sur \d+\.$/);
  const affiches = await page.locator('.liste-equipements > li:visible').count();
  expect(affiches).toBeGreaterThan(0);
  expect(affiches).toBeLessThan(n);

  await page.reload();
  await expect(page.locator('#filtre-commune')).toHaveValue('lievin');
  await expect(page.locator('#filtre-domaine')).toHaveValue('F');
  await expect(page.locator('#filtre-quartier')).toHaveValue('QP062028');
  await expect(page.locator('.etat-filtre')).toHaveText(etat);
  await expect(page.locator('.liste-equipements > li:visible')).toHaveCount(affiches);
});

test('à 375 px, les libellés des filtres ne sont pas coupés', async ({ page }) => {
  await page.setViewportSize(TELEPHONE);
  await page.goto('equipements/');
  const coupes = await page.locator('.filtre-equipements select').evaluateAll((selects) =>
    (selects as HTMLSelectElement[]).flatMap((s) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = getComputedStyle(s).font;
      const texte = s.options[s.selectedIndex]!.text;
      // Room for the text: the box less its padding, borders and the arrow (about 24 px).
      return ctx.measureText(texte).width > s.clientWidth - 24 - parseFloat(getComputedStyle(s).paddingLeft) ? [`${s.id} : « ${texte} »`] : [];
    }),
  );
  expect(coupes).toEqual([]);
});
