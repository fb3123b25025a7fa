// Keyboard-only use: skip link, sortable table, search form and filters, visible focus.
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches `cible` (at most `max` presses). */
async function tabulerJusqua(page: Page, cible: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await cible.evaluate((el) => el === document.activeElement).catch(() => false)) return i + 1;
  }
  throw new Error(`${cible} jamais atteint en ${max} tabulations`);
}

const idActif = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

test('la première tabulation atteint le lien d’évitement, Entrée place le focus sur le contenu', async ({ page }) => {
  await page.goto('quartiers/qp062025/');
  await page.keyboard.press('Tab');
  const evitement = page.locator('a.evitement');
  await expect(evitement).toBeFocused();
  await expect(evitement).toHaveText('Aller au contenu');
  await expect(evitement).toBeInViewport(); // shown when focused
  await page.keyboard.press('Enter');
  await expect(page.locator('main#contenu')).toBeFocused();
  expect(await idActif(page)).toBe('contenu');
  // The next Tab goes on inside the main content, not back to the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('les boutons de tri du tableau d’accueil se rejoignent au clavier et Entrée trie', async ({ page }) => {
  await page.goto('./');
  const table = page.locator('table.triable');
  const lignes = table.locator('tbody tr');
  await expect(lignes).toHaveCount(21);
  const codes = () => lignes.locator('td.code').allTextContents();
  const initiaux = await codes();

  const entete = table.locator('thead th', { hasText: 'Revenu fiscal médian' });
  const bouton = entete.getByRole('button', { name: 'Revenu fiscal médian' });
  await tabulerJusqua(page, table.locator('button.tri').first());
  await expect(table.locator('button.tri')).toHaveCount(6);
  await tabulerJusqua(page, bouton, 10);
  await expect(entete).not.toHaveAttribute('aria-sort');

  await page.keyboard.press('Enter');
  await expect(entete).toHaveAttribute('aria-sort', 'ascending');
  await expect(bouton).toBeFocused();
  const croissant = await codes();
  expect(croissant).not.toEqual(initiaux);
  expect(croissant[0]).toBe('QP062025');
  const revenus = await lignes.locator('td:nth-child(4)').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.valeur)));
  expect(revenus).toEqual([...revenus].sort((a, b) => a - b));

  await page.keyboard.press('Enter');
  await expect(entete).toHaveAttribute('aria-sort', 'descending');
  expect(await codes()).not.toEqual(croissant);
  expect((await codes()).at(-1)).toBe('QP062025');

  // Only one column is sorted at a time.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(table.locator('thead th', { hasText: 'Population' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(entete).not.toHaveAttribute('aria-sort');
});

test('recherche au clavier : saisie + Entrée, puis un filtre coché avec Espace', async ({ page }) => {
  await page.goto('recherche/');
  const etat = page.locator('#etat');
  await expect(etat).toHaveText('Écrivez un mot ou cochez un filtre.');
  await tabulerJusqua(page, page.locator('#q'));
  await page.keyboard.type('école');
  await page.keyboard.press('Enter');
  await expect(etat).toHaveText(/^\d+ résultats pour « école »(, dont \d+ groupes? qui (réunit|réunissent) \d+ équipements)?\.$/);
  const avant = await etat.textContent();
  await expect(page.locator('#resultats > li').first()).toBeVisible();

  // Filters wait behind « Filtrer », right after the form: Tab reaches it, Enter opens them, Tab reaches the first checkbox.
  await tabulerJusqua(page, page.getByRole('button', { name: /^Filtrer/ }), 10);
  await page.keyboard.press('Enter');
  const premiere = page.locator('#filtres input[type=checkbox]').first();
  await tabulerJusqua(page, premiere, 10);
  // Pick the « Équipement » type to narrow the results.
  const equipement = page.getByRole('group', { name: 'Type de résultat' }).getByRole('checkbox', { name: /^Équipement/ });
  await tabulerJusqua(page, equipement, 10);
  await page.keyboard.press('Space');
  await expect(etat).not.toHaveText(avant!);
  await expect(etat).toHaveText(/^\d+ (résultats? pour « école »(, dont \d+ groupes? qui (réunit|réunissent) \d+ équipements?)?|groupes? pour « école », qui (réunit|réunissent) \d+ équipements?)\.$/);
  await expect(page).toHaveURL(/[?&]type=%C3%89quipement/);
  for (const meta of await page.locator('#resultats > li p.meta').allTextContents()) expect(meta).toMatch(/^Équipement/);
  // The ticked checkbox keeps the focus after the filters are redrawn, so the user can go on from there.
  await expect(page.getByRole('group', { name: 'Type de résultat' }).getByRole('checkbox', { name: /^Équipement/ })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Type de résultat' }).getByRole('checkbox', { name: /^Équipement/ })).toBeFocused();
  // Space again unticks it and brings back the first count.
  await page.keyboard.press('Space');
  await expect(etat).toHaveText(avant!);
});

test('le focus est visible sur un lien', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // the brand link in the header
  const lien = page.locator(':focus');
  await expect(lien).toHaveJSProperty('tagName', 'A');
  const style = await lien.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, largeur: parseFloat(s.outlineWidth) };
  });
  expect(style.style).not.toBe('none');
  expect(style.largeur).toBeGreaterThanOrEqual(2);
  // Same for a link inside the content, in the dark scheme too.
  await page.emulateMedia({ colorScheme: 'dark' });
  const lienContenu = page.locator('main a:visible').first(); // the home page's quartier panels are hidden until chosen
  await lienContenu.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(lienContenu).toBeFocused();
  expect(await lienContenu.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});
