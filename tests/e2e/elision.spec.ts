// French that elides (issue 36): every « de », « à » the site puts before a commune's name follows one rule
// (src/lib/elision.ts): « d’Avion », « d’Éleu-dit-Leauwette », but « de Harnes » (aspirated h).
import { expect, test } from '@playwright/test';

test('la page d’Avion et l’accueil élident devant une voyelle, pas devant le h aspiré de Harnes', async ({ page }) => {
  await page.goto('communes/avion/');
  const main = page.locator('main');
  await expect(main.getByRole('columnheader', { name: 'Part de la population d’Avion' })).toBeVisible();
  await expect(main).toContainText('des habitants d’Avion vivent');
  await expect(main.getByRole('heading', { level: 2, name: /^Équipements situés à Avion/ })).toBeVisible();

  await page.goto('communes/harnes/');
  await expect(page.locator('main')).toContainText('des habitants de Harnes vivent');

  await page.goto('');
  // In « Trouver mon quartier », each commune's panel (shown when chosen) links to the commune's page.
  const lien = (texte: string) => page.locator('a').filter({ hasText: new RegExp(`^${texte}$`) });
  for (const nom of ['Angres', 'Avion', 'Éleu-dit-Leauwette']) await expect(lien(`Page d’${nom}`)).toHaveCount(1);
  await expect(lien('Page de Harnes')).toHaveCount(1);
  // Nowhere a « de » before a vowel of these names, on the pages that name them.
  for (const chemin of ['', 'communes/avion/', 'communes/angres/', 'communes/eleu-dit-leauwette/', 'quartiers/qp062002/']) {
    await page.goto(chemin);
    const texte = await page.locator('main').innerText();
    expect(texte, chemin).not.toMatch(/\b(de|Page de) (Avion|Angres|Éleu-dit-Leauwette)\b/);
  }
});

test('la fiche d’Angres : « de la population d’Angres »', async ({ page }) => {
  await page.goto('quartiers/qp062002/');
  await expect(page.locator('main')).toContainText(/de la population d’Angres/);
});
