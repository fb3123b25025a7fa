// An équipement reached from a search result lands in its context, on a phone: under its commune's and its
// domain's headings, both on screen; a group result lands on that commune's list for that domain.
import { expect, test, type Page } from '@playwright/test';

const ECRAN = { width: 375, height: 812 };

/** Follows the first search result for the query, whose title is given. */
async function suivrePremier(page: Page, q: string, titre: RegExp) {
  await page.goto(`recherche/?q=${encodeURIComponent(q)}`);
  const premier = page.locator('#resultats > li').first();
  await expect(premier.locator('h3')).toHaveText(titre);
  await premier.locator('h3 a').click();
  await page.waitForURL(/\/equipements\//);
  await page.waitForTimeout(300); // the index's script may scroll once more after filtering
}

/** The boxes, in the viewport, of the target, of its commune's heading and (for an équipement) of its domain's heading. */
async function contexte(page: Page) {
  return page.evaluate(() => {
    const cible = document.getElementById(decodeURIComponent(location.hash.slice(1)))!;
    const boite = (e: Element | null | undefined) => (e ? (({ top, bottom }) => ({ top, bottom }))(e.getBoundingClientRect()) : null);
    const section = cible.closest('.commune-index');
    return {
      cible: boite(cible),
      commune: boite(section?.querySelector(':scope > h2') ?? (cible.matches('h2') ? cible : null)),
      domaine: boite(cible.closest('.groupe-domaine')?.querySelector(':scope > h4')),
      fond: getComputedStyle(cible).outlineStyle,
    };
  });
}

for (const [q, titre] of [
  ['piscine', /piscine/i],
  ['médiathèque nelson mandela', /Nelson Mandela/i],
  ['stade jesse owen', /Jesse Owen/i],
  ['collège Jean Vilar', /Vilar/i],
] as const) {
  test(`« ${q} » : l’équipement atterrit sous sa commune et son domaine, tous deux à l’écran`, async ({ page }) => {
    await page.setViewportSize(ECRAN);
    await suivrePremier(page, q, titre);
    const c = await contexte(page);
    expect(c.cible!.top, 'pas tout en haut de l’écran').toBeGreaterThan(40);
    expect(c.cible!.bottom).toBeLessThanOrEqual(ECRAN.height);
    expect(c.commune!.top).toBeGreaterThanOrEqual(0);
    expect(c.commune!.bottom).toBeLessThanOrEqual(c.cible!.top);
    expect(c.domaine!.top).toBeGreaterThanOrEqual(c.commune!.bottom - 1);
    expect(c.domaine!.bottom).toBeLessThanOrEqual(c.cible!.top + 1);
    expect(c.fond, 'mis en évidence').toBe('solid');
  });
}

test('un résultat de groupe (« Enseignement à Liévin ») atterrit sur la liste de ce domaine à Liévin', async ({ page }) => {
  await page.setViewportSize(ECRAN);
  await suivrePremier(page, 'enseignement liévin', /^Enseignement à Liévin$/);
  await expect(page).toHaveURL(/\?commune=lievin&domaine=C#lievin$/);
  const c = await contexte(page);
  expect(c.commune!.top).toBeGreaterThanOrEqual(0);
  expect(c.commune!.bottom).toBeLessThanOrEqual(ECRAN.height);
  const visibles = page.locator('.groupe-domaine:visible');
  expect(await visibles.count()).toBeGreaterThan(0);
  for (const g of await visibles.all()) await expect(g).toHaveAttribute('data-domaine', 'C');
  await expect(page.locator('.commune-index:visible')).toHaveCount(1);
  await expect(page.locator('.commune-index:visible > h2')).toContainText('Liévin');
  // The first school is on the same screen as its commune's heading.
  await expect(visibles.first().locator('li').first()).toBeInViewport();
});

test('chaque équipement de l’index a son propre lien, et le filtre de l’index survit à un rechargement de son adresse', async ({ page }) => {
  await page.setViewportSize(ECRAN);
  await page.goto('equipements/');
  const lignes = page.locator('.liste-equipements > li');
  const n = await lignes.count();
  await expect(page.locator('.liste-equipements > li > a.lien-equipement')).toHaveCount(n);
  const id = await lignes.nth(5).getAttribute('id');
  await expect(lignes.nth(5).locator('a.lien-equipement')).toHaveAttribute('href', `#${id}`);

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
  await page.setViewportSize(ECRAN);
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
