// Phones: no page scrolls sideways at 320 and 375 px, the header stays compact, its « Menu » works without
// JavaScript, wide tables scroll inside their own named region, and the focus outline is not the error red.
import { expect, test, type Page } from '@playwright/test';
import { pagesDuPlan } from './plan.ts';

const pages = [...pagesDuPlan(), 'recherche/?q=piscine', 'cette-page-n-existe-pas/'];
const HAUTEUR_ENTETE_MAX = 120;

/** Width of the document beyond the viewport, and the header's height, once the page has settled. */
async function mesurer(page: Page, chemin: string) {
  await page.goto(chemin);
  if (chemin.startsWith('recherche/?')) await expect(page.locator('#resultats > li').first()).toBeVisible();
  return page.evaluate(() => ({
    largeur: document.documentElement.scrollWidth,
    entete: document.querySelector('body > header')!.getBoundingClientRect().height,
  }));
}

for (const [largeur, hauteur] of [[320, 700], [375, 812]] as const) {
  test(`aucune page ne défile de côté à ${largeur} px, en-tête compact`, async ({ page }) => {
    test.setTimeout(pages.length * 4_000);
    await page.setViewportSize({ width: largeur, height: hauteur });
    const trop: string[] = [];
    const entetes: string[] = [];
    for (const chemin of pages) {
      const m = await mesurer(page, chemin);
      if (m.largeur > largeur) trop.push(`/${chemin} : ${m.largeur} px`);
      if (largeur === 375 && m.entete > HAUTEUR_ENTETE_MAX) entetes.push(`/${chemin} : ${Math.round(m.entete)} px`);
    }
    expect(pages.length).toBeGreaterThan(30);
    expect(trop, `pages plus larges que ${largeur} px`).toEqual([]);
    expect(entetes, `en-têtes de plus de ${HAUTEUR_ENTETE_MAX} px à 375 px`).toEqual([]);
  });
}

test('le menu se déplie sans JavaScript sur un téléphone ; la recherche est dans l’en-tête', async ({ browser }) => {
  const contexte = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
  const page = await contexte.newPage();
  await page.goto('communes/');
  const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
  const menu = page.locator('header summary', { hasText: 'Menu' });
  await expect(navigation).toBeHidden();
  await expect(page.getByRole('searchbox', { name: /Rechercher/ })).toBeVisible();
  await expect(page.locator('header').getByRole('button', { name: 'Rechercher' })).toBeVisible();

  await menu.click();
  await expect(navigation).toBeVisible();
  await expect(navigation.getByRole('link')).toHaveCount(6);
  await expect(navigation.getByRole('link', { name: 'Communes' })).toHaveAttribute('aria-current', 'page');
  const hauteurOuvert = await page.locator('body > header').evaluate((h) => h.getBoundingClientRect().height);
  expect(hauteurOuvert).toBeGreaterThan(HAUTEUR_ENTETE_MAX); // the unfolded links really take room
  await navigation.getByRole('link', { name: 'Équipements' }).click();
  await expect(page).toHaveURL(/\/equipements\/$/);

  // Searching from the header of a phone: type, then the magnifier button.
  await page.getByRole('searchbox', { name: /Rechercher/ }).fill('piscine');
  await page.locator('header').getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/\/recherche\/\?q=piscine$/);
  await contexte.close();
});

test('sur grand écran la navigation est visible et « Menu » absent', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link')).toHaveCount(6);
  for (const lien of await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link').all()) await expect(lien).toBeVisible();
  await expect(page.locator('header summary')).toBeHidden();
  await expect(page.locator('header label', { hasText: 'Rechercher un quartier' })).toBeVisible();
});

test('le tableau d’accueil défile dans sa propre région nommée, les noms restant visibles', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('');
  const region = page.getByRole('region', { name: /Les 21 quartiers prioritaires/ });
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(page.locator('.indice-defilement')).toBeVisible();
  const { defilable, largeur } = await region.evaluate((r) => ({ defilable: r.scrollWidth > r.clientWidth, largeur: r.clientWidth }));
  expect(defilable).toBe(true);
  expect(largeur).toBeLessThanOrEqual(375);
  // The first column is the quartier's name, and stays in place when the table scrolls.
  await expect(region.locator('thead th').first()).toHaveText('Quartier');
  const nom = region.locator('tbody th').first();
  const avant = await nom.boundingBox();
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
  expect((await nom.boundingBox())!.x).toBe(avant!.x);

  // On a wide screen the same table fits: no hint, no extra tab stop.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.locator('.indice-defilement')).toBeHidden();
  await expect(region).not.toHaveAttribute('tabindex');
});

test('les tableaux des programmes deviennent des cartes sur un téléphone et gardent leur titre', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const [chemin, titre] of [['programmes/tfpb-grande-residence/', /Actions et dépenses prévisionnelles/], ['programmes/npnru-qp062019/', /^Opérations$/]] as const) {
    await page.goto(chemin);
    const table = page.getByRole('table', { name: titre });
    await expect(table).toHaveCount(1);
    const cellule = table.getByRole('cell').first();
    // Each value is preceded by its column's name, and the card is no wider than the screen.
    expect(await cellule.evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/Axe|Nature/);
    expect((await table.boundingBox())!.width).toBeLessThanOrEqual(375);
  }
  await page.goto('programmes/gusp-qp062024/');
  const sansTitre = await page.locator('table').evaluateAll((ts) => ts.filter((t) => !t.querySelector('caption') && !t.getAttribute('aria-labelledby')).length);
  expect(sansTitre).toBe(0);
});

/** WCAG relative luminance contrast of two `rgb(…)` colours. */
function contraste(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, v] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => Number(x) / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * v!;
  };
  const [h, l] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (h! + 0.05) / (l! + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`contour de focus contrasté et distinct du rouge des faiblesses (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('');
    const couleurs = await page.evaluate(() => {
      const sonde = document.createElement('span');
      document.body.append(sonde);
      const resoudre = (v: string) => ((sonde.style.color = `var(${v})`), getComputedStyle(sonde).color);
      const r = { fond: resoudre('--fond'), fondDoux: resoudre('--fond-doux'), faiblesse: resoudre('--faiblesse') };
      sonde.remove();
      return r;
    });
    for (const cible of [page.locator('header a.marque'), page.locator('main a:visible').first()]) {
      await cible.focus();
      // Back and forth with the keyboard, so that the focus is :focus-visible.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(cible).toBeFocused();
      const contour = await cible.evaluate((el) => getComputedStyle(el).outlineColor);
      expect(contour).not.toBe(couleurs.faiblesse);
      expect(contraste(contour, couleurs.fond)).toBeGreaterThanOrEqual(3);
      expect(contraste(contour, couleurs.fondDoux)).toBeGreaterThanOrEqual(3);
    }
  });
}
