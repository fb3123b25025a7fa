// The first use of a glossary term on a page links to its entry (src/layouts/Base.astro, lib/site/liens-glossaire.ts).
import { expect, test, type Page } from '@playwright/test';

/** The element holding the first text of <main>, outside headings, in which `mot` stands as a whole word. */
async function premiereOccurrence(page: Page, mot: string) {
  return page.evaluate((mot) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${mot}(?![\\p{L}\\p{N}_])`, 'u');
    const parcours = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let n = parcours.nextNode(); n; n = parcours.nextNode()) {
      const parent = n.parentElement!;
      if (parent.closest('h1, h2, h3, h4, h5, h6, [hidden], [aria-hidden="true"]') || !re.test(n.textContent ?? '')) continue;
      return { balise: parent.localName, classe: parent.className, href: parent.getAttribute('href'), texte: n.textContent };
    }
    return undefined;
  }, mot);
}

test('sur la fiche de Grande Résidence, le premier « CCAS » mène à son entrée du glossaire', async ({ page }) => {
  await page.goto('quartiers/qp062025/');
  expect(await premiereOccurrence(page, 'CCAS')).toEqual({ balise: 'a', classe: 'terme', href: expect.stringMatching(/\/glossaire\/#ccas$/), texte: 'CCAS' });
  const liens = page.locator('main a[href$="/glossaire/#ccas"]');
  await expect(liens).toHaveCount(1);
  // The fiche uses it five times: the others stay text.
  expect(await page.locator('main').evaluate((m) => m.textContent!.match(/(?<![\p{L}])CCAS(?![\p{L}])/gu)?.length)).toBeGreaterThan(1);
  await expect(liens).toHaveAccessibleName('CCAS');
  // One link per term in the whole <main>, the fiche's own (« RFL », « seuil de bas revenu ») included.
  const cibles = await page.locator('main a.terme').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(cibles.length).toBeGreaterThan(10);
  expect(new Set(cibles).size).toBe(cibles.length);
  // Never in a heading.
  await expect(page.locator('main :is(h1, h2, h3, h4, h5, h6) a.terme')).toHaveCount(0);
  // Only in <main>: the header, the breadcrumbs and the footer are the same on every page.
  await expect(page.locator('a.terme:not(main a)')).toHaveCount(0);

  await liens.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossaire\/#ccas$/);
  const entree = page.locator('#ccas');
  await expect(entree).toHaveText(/^CCAS \(centre communal d’action sociale\)$/);
  expect(await entree.evaluate((e) => e.matches(':target'))).toBe(true);
  await expect(entree).toBeInViewport();
});

test('le glossaire ne se lie pas à lui-même, et une citation reste telle quelle', async ({ page }) => {
  await page.goto('glossaire/');
  await expect(page.locator('main a.terme')).toHaveCount(0);
  await page.goto('donnees/');
  await expect(page.locator('#attribution a')).toHaveCount(0);
  await expect(page.locator('main a.terme').first()).toBeVisible();
});
