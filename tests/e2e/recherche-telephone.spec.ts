// The search page on a phone and under load: results in the first screen, no layout shift, accessible with the
// filter panel open, and one answer per query however fast the visitor types.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const resultats = (page: Page) => page.locator('#resultats > li');

test.describe('sur un téléphone (375 × 812)', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('après une recherche, le titre du premier résultat est dans le premier écran', async ({ page }) => {
    await page.goto('recherche/');
    await page.locator('#q').fill('piscine');
    await page.locator('#q').press('Enter');
    const titre = resultats(page).first().locator('h3');
    await expect(titre).toBeVisible();
    const boite = (await titre.boundingBox())!;
    expect(boite.y + boite.height, 'bas du titre du premier résultat').toBeLessThanOrEqual(812);
    await expect(page.locator('#filtres')).toBeHidden();
  });

  test('la page ne se décale pas quand les résultats arrivent (CLS < 0,1)', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __decalage: number };
      w.__decalage = 0;
      new PerformanceObserver((liste) => {
        for (const e of liste.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__decalage += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const q of ['piscine', 'école Liévin', 'zzzyxwq']) {
      await page.goto(`recherche/?q=${encodeURIComponent(q)}`);
      await expect(page.locator('#etat')).toHaveText(/pour « /);
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as unknown as { __decalage: number }).__decalage);
      expect(cls, `décalage cumulé pour « ${q} »`).toBeLessThan(0.1);
    }
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe : aucune violation avec des résultats puis le panneau des filtres ouvert (thème ${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const analyser = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await page.goto('recherche/?q=école&commune=Lens');
    await expect(resultats(page).first()).toBeVisible();
    expect(await analyser()).toEqual([]);
    await page.getByRole('button', { name: /^Filtrer/ }).click();
    await expect(page.getByRole('group', { name: 'Commune' }).getByRole('checkbox', { name: 'Lens', exact: true })).toBeChecked();
    expect(await analyser()).toEqual([]);
    await page.goto('recherche/?q=collège david marcell');
    await expect(page.locator('#suggestion a')).toBeVisible();
    expect(await analyser()).toEqual([]);
  });
}

/** Delays every Pagefind file, as on a slow connection. */
async function ralentir(page: Page, ms: number) {
  await page.route('**/pagefind/**', async (route) => {
    await new Promise((ok) => setTimeout(ok, ms));
    await route.continue();
  });
}

test('une rafale (saisie, Entrée, Entrée, filtre) sur une page lente : une seule réponse, celle de la dernière demande', async ({ page }) => {
  await ralentir(page, 600);
  await page.goto('recherche/');
  await page.locator('#q').fill('piscine');
  await page.locator('#q').press('Enter');
  await page.locator('#q').press('Enter');
  await page.getByRole('button', { name: /^Filtrer/ }).click();
  await page.getByRole('group', { name: 'Type de résultat' }).getByRole('checkbox', { name: 'Équipement', exact: true }).check();
  const etat = page.locator('#etat');
  await expect(etat).toHaveText(/^\d+ résultats? pour « piscine »\.$/, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500); // anything an earlier search was still loading has had time to land
  const n = Number((await etat.textContent())!.match(/^\d+/)![0]);
  await expect(resultats(page)).toHaveCount(Math.min(n, 5));
  const titres = await resultats(page).locator('h3').allTextContents();
  expect(new Set(titres).size, `titres en double : ${titres.join(' | ')}`).toBe(titres.length);
  for (const meta of await resultats(page).locator('.meta').allTextContents()) expect(meta).toMatch(/^Équipement/);
  await expect(page).toHaveURL(/\?q=piscine&type=%C3%89quipement$/);
});

test('ce que le visiteur a tapé pendant le chargement est gardé et cherché, pas remplacé par la recherche de l’adresse', async ({ page }) => {
  await ralentir(page, 800);
  await page.goto('recherche/?q=lens');
  await page.locator('#q').fill('piscine');
  await page.locator('#q').press('Enter');
  await expect(page.locator('#etat')).toHaveText(/^\d+ résultats? pour « piscine »\.$/, { timeout: 30_000 });
  await page.waitForTimeout(1500);
  await expect(page.locator('#q')).toHaveValue('piscine');
  await expect(page.locator('#etat')).toHaveText(/pour « piscine »/);
  await expect(resultats(page).first()).toContainText(/piscine/i);
});
