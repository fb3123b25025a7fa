import { expect, test } from '@playwright/test';

test('la page d’accueil liste les 21 quartiers', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toHaveText('Les quartiers prioritaires de Lens-Liévin');
  await expect(page.locator('table.triable tbody tr')).toHaveCount(21);
});

test('une fiche montre ses chiffres', async ({ page }) => {
  await page.goto('quartiers/qp062025/');
  await expect(page.locator('h1')).toContainText('Grande Résidence');
  await expect(page.locator('#contenu')).toContainText('5\u202f050');
  await expect(page.locator('#contenu')).toContainText('7\u202f100\u00a0€');
});
