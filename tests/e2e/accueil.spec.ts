// The home page on a phone: « Trouver mon quartier » on the first screen, one tap per commune, no JavaScript.
import { expect, test, type Page } from '@playwright/test';

const ECRAN = { width: 375, height: 812 };

/** Commune → hrefs of its quartiers, read from the full table lower on the page (not from the block under test). */
async function quartiersParCommune(page: Page): Promise<Map<string, string[]>> {
  const lignes = await page.locator('#liste-quartiers ~ * table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ href: tr.querySelector('th a')!.getAttribute('href')!, communes: [...tr.querySelectorAll('td.communes a')].map((a) => a.textContent!.trim()) })),
  );
  const parCommune = new Map<string, string[]>();
  for (const l of lignes) for (const c of l.communes) parCommune.set(c, [...(parCommune.get(c) ?? []), l.href]);
  return parCommune;
}

/** Whether the box lies entirely within the viewport. */
const dansEcran = (b: { x: number; y: number; width: number; height: number } | null) =>
  !!b && b.y >= 0 && b.y + b.height <= ECRAN.height && b.x >= 0 && b.x + b.width <= ECRAN.width;

test('à 375 × 812, sans JavaScript : chaque commune est sur le premier écran, et un toucher montre tous ses quartiers', async ({ browser }) => {
  const contexte = await browser.newContext({ javaScriptEnabled: false, viewport: ECRAN, hasTouch: true, isMobile: true });
  const page = await contexte.newPage();
  await page.goto('./');
  const attendus = await quartiersParCommune(page);
  expect(attendus.size).toBeGreaterThanOrEqual(15);
  const controles = page.locator('.trouver-communes a');
  await expect(controles).toHaveCount(attendus.size);

  for (const [commune, hrefs] of attendus) {
    await page.goto('./');
    const controle = controles.filter({ hasText: new RegExp(`^${commune} \\(`) });
    const boite = await controle.boundingBox();
    expect(dansEcran(boite), `${commune} sur le premier écran : ${JSON.stringify(boite)}`).toBe(true);
    expect(boite!.height, `${commune} : cible de 44 px au moins`).toBeGreaterThanOrEqual(44);

    await controle.tap();
    const panneau = page.locator('.trouver-panneau:target');
    await expect(panneau.getByRole('heading')).toHaveText(`Quartiers prioritaires à ${commune}`);
    const liens = panneau.locator('li > a');
    await expect(liens).toHaveCount(hrefs.length);
    for (const href of hrefs) {
      const lien = liens.and(page.locator(`[href="${href}"]`));
      expect(dansEcran(await lien.boundingBox()), `${commune} : ${href} dans l'écran`).toBe(true);
      expect((await lien.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
  }
  await contexte.close();
});

test('l’explication suit le bloc, et la liste complète montre la commune de chaque ligne sur un téléphone', async ({ page }) => {
  await page.setViewportSize(ECRAN);
  await page.goto('./');
  const bloc = await page.locator('.trouver').boundingBox();
  const explication = await page.locator('.chapeau').boundingBox();
  expect(explication!.y).toBeGreaterThan(bloc!.y + bloc!.height - 1);

  await page.locator('#liste-quartiers').scrollIntoViewIfNeeded();
  const cellules = page.locator('#liste-quartiers ~ * table tbody td.communes');
  expect(await cellules.count()).toBe(21);
  for (const cellule of await cellules.all()) {
    const b = await cellule.locator('a').first().boundingBox();
    expect(b!.x + b!.width, 'la première commune de chaque ligne tient dans la largeur').toBeLessThanOrEqual(ECRAN.width);
  }
});

test('le fil d’Ariane « Quartiers » d’une fiche mène à la liste', async ({ page }) => {
  await page.setViewportSize(ECRAN);
  await page.goto('quartiers/qp062028/');
  await page.getByRole('navigation', { name: "Fil d'Ariane" }).getByRole('link', { name: 'Quartiers' }).click();
  await expect(page).toHaveURL(/#liste-quartiers$/);
  await expect(page.locator('#liste-quartiers')).toBeInViewport();
});
