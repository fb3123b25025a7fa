// Automated accessibility checks (axe-core) over every built page, in both colour schemes.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pagesDuPlan } from './plan.ts';

// axe-core 4.13 knows the French RGAA v4 ('RGAAv4' tag, with 'RGAA-x.y.z' criteria), so we include it
// alongside WCAG 2.1 A/AA. If a future axe-core dropped it, axe would simply match no rule for that tag.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4'];
const SCHEMES = ['light', 'dark'] as const;

async function analyser(page: Page, libelle: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const rapport = violations
    .map((v) => `  [${v.id}] ${v.help} (${v.impact})\n${v.nodes.map((n) => `      ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`).join('\n')}`)
    .join('\n');
  expect(violations, `Violations axe sur ${libelle} :\n${rapport}`).toEqual([]);
}

const pages = pagesDuPlan();

for (const scheme of SCHEMES) {
  test.describe(`axe, thème ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    // axe's colour-contrast rule takes a while on the long index of équipements.
    test.describe.configure({ timeout: 120_000 });

    for (const chemin of pages) {
      test(`/${chemin}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const reponse = await page.goto(chemin);
        expect(reponse?.status()).toBe(200);
        // Check the page as scripts leave it: search interface drawn, sort buttons in place.
        if (chemin.startsWith('recherche')) await expect(page.locator('#etat')).not.toBeEmpty();
        if (await page.locator('table.triable').count()) await expect(page.locator('table.triable button.tri').first()).toBeVisible();
        await analyser(page, `/${chemin} (${scheme})`);
      });
    }

    test('recherche avec résultats (?q=piscine)', async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('recherche/?q=piscine');
      await expect(page.locator('#resultats > li').first()).toBeVisible();
      await analyser(page, `/recherche/?q=piscine (${scheme})`);
      // The filters wait behind « Filtrer »: checked open too.
      await page.getByRole('button', { name: /^Filtrer/ }).click();
      await expect(page.locator('#filtres fieldset').first()).toBeVisible();
      await analyser(page, `/recherche/?q=piscine, filtres ouverts (${scheme})`);
    });

    test('recherche corrigée sur place, et sans résultat (?q=mediathque, ?q=patinoire)', async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('recherche/?q=mediathque');
      await expect(page.locator('#etat')).toHaveText(/^Résultats pour « médiathèque »/);
      await analyser(page, `/recherche/?q=mediathque (${scheme})`);
      await page.goto('recherche/?q=patinoire');
      await expect(page.locator('#ailleurs')).toBeVisible();
      await analyser(page, `/recherche/?q=patinoire (${scheme})`);
    });

    test('page 404', async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const reponse = await page.goto('cette-page-n-existe-pas/');
      expect(reponse?.status()).toBe(404);
      await analyser(page, `404 (${scheme})`);
    });
  });
}
