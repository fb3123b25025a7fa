import { expect, test } from '@playwright/test';

test('la page d’accueil et la page des communes comptent les communes de la même façon, et disent pourquoi deux nombres', async ({ page }) => {
  await page.goto('');
  const carte = page.locator('main ul.cartes > li', { hasText: 'communes concernées par un quartier' });
  const surAccueil = Number((await carte.locator('.valeur').textContent())!.trim());
  await page.goto('communes/');
  const chapeau = (await page.locator('main p.chapeau').textContent())!.replace(/\s+/g, ' ');
  const [, nommees, avecQuartier, autres] = /^Les (\d+) communes nommées dans les fiches : les (\d+) sur lesquelles s'étend au moins un quartier prioritaire \(celles que compte la page d'accueil\), et (\d+) autres/.exec(chapeau.trim()) ?? [];
  expect(Number(avecQuartier), chapeau).toBe(surAccueil);
  expect(Number(nommees)).toBe(Number(avecQuartier) + Number(autres));
  await expect(page.locator('main table tbody tr')).toHaveCount(Number(nommees));
  const sansQuartier = await page.locator('main table tbody tr').evaluateAll((trs) => trs.filter((tr) => (tr as HTMLTableRowElement).cells[1]?.textContent?.trim() === 'Aucun').length);
  expect(sansQuartier).toBe(Number(autres));
});
