import { expect, test } from '@playwright/test';

test('l’index des programmes mène aux programmes NPNRU, GUSP et TFPB', async ({ page }) => {
  await page.goto('programmes/');
  await expect(page.locator('h1')).toHaveCount(1);
  for (const id of ['npnru-qp062019', 'gusp-qp062024', 'tfpb-grande-residence']) {
    await expect(page.locator(`a[href$="programmes/${id}/"]`).first()).toBeVisible();
  }
});

test('le programme NPNRU d’Avion donne la démolition de la tour des Frênes, montant en français', async ({ page }) => {
  await page.goto('programmes/npnru-qp062019/');
  const contenu = page.locator('#contenu');
  await expect(contenu).toContainText('tour des Frênes');
  await expect(contenu).toContainText('71 logements');
  await expect(contenu).toContainText('1\u202f880\u202f000\u00a0€');
});

test('la fiche d’un quartier NPNRU a une section Projets et actions qui renvoie à ses programmes', async ({ page }) => {
  await page.goto('quartiers/qp062019/');
  const section = page.locator('section', { has: page.locator('h2#projets') });
  await expect(section).toContainText('Renouvellement urbain');
  await section.locator('a[href$="programmes/npnru-qp062019/"]').click();
  await expect(page).toHaveURL(/programmes\/npnru-qp062019\/$/);
});

test('la recherche filtre les programmes', async ({ page }) => {
  await page.goto('recherche/?type=Programme');
  await expect(page.locator('#etat')).toContainText('résultat');
  const titres = page.locator('#resultats > li h3');
  await expect(titres.first()).toBeVisible();
  const infos = await page.locator('#resultats > li .meta').allTextContents();
  expect(infos.length).toBeGreaterThan(0);
  for (const i of infos) expect(i).toContain('Programme');
});
