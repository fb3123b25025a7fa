// One test per page type, against the built site (dist/) and its published data.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';

interface QuartierJson {
  code: string;
  nom: string;
  population: number;
  revenu_fiscal_median: number;
  npnru: 'national' | 'regional' | false;
  equipements?: { id: string }[];
}
const dist = process.env.DIST_DIR!;
const donnees: { quartiers: QuartierJson[] } = JSON.parse(readFileSync(resolve(dist, 'donnees/quartiers.json'), 'utf8'));
const quartiers = donnees.quartiers;
const idsEquipements = new Set(quartiers.flatMap((q) => (q.equipements ?? []).map((e) => e.id)));

/** "11 250 €" → a pattern that accepts the (narrow) no-break spaces of the French number format. */
const texte = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));
const fr = (n: number) => new Intl.NumberFormat('fr-FR').format(n).replace(/\s/g, ' ');
const contenu = (page: Page) => page.locator('main#contenu');
const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);

test('accueil : 21 quartiers, chiffres clés, liens d’exploration, tri par revenu', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('Quartiers prioritaires de Lens-Liévin');
  await expect(page.locator('h1')).toHaveText('Les quartiers prioritaires de Lens-Liévin');
  const table = page.locator('table.triable');
  await expect(table.locator('tbody tr')).toHaveCount(21);
  expect(quartiers).toHaveLength(21);

  const cartes = contenu(page).locator('ul.cartes > li');
  await expect(cartes).toHaveCount(5);
  await expect(cartes.nth(0)).toHaveText(/^21\s*quartiers prioritaires$/);
  await expect(cartes.nth(1)).toContainText('communes concernées');
  await expect(cartes.nth(2)).toHaveText(texte(`${fr(quartiers.reduce((s, q) => s + q.population, 0))}habitants`));
  await expect(cartes.nth(3)).toContainText(texte('7 100 € à 11 000 €'));
  await expect(cartes.nth(4)).toHaveText(texte(`${fr(idsEquipements.size)}équipements rattachés`));

  const explorer = contenu(page).locator('h2:has-text("Explorer") + ul');
  for (const [nom, href] of [
    ['Les communes', /\/communes\/$/],
    ['Les équipements rattachés', /\/equipements\/$/],
    ['Rechercher', /\/recherche\/$/],
    ['Méthodologie et sources', /\/methodologie\/$/],
  ] as const) {
    await expect(explorer.getByRole('link', { name: nom, exact: true })).toHaveAttribute('href', href);
  }

  // Sorting by revenue, ascending: the lowest median income (Grande Résidence, 7 100 €) comes first.
  const revenu = table.locator('thead th', { hasText: 'Revenu fiscal médian' });
  await revenu.getByRole('button').click();
  await expect(revenu).toHaveAttribute('aria-sort', 'ascending');
  const premiere = table.locator('tbody tr').first();
  await expect(premiere.locator('td.code')).toHaveText('QP062025');
  await expect(premiere).toContainText(texte('7 100 €'));
  const min = Math.min(...quartiers.map((q) => q.revenu_fiscal_median));
  expect(min).toBe(7100);
});

test('commune : Liévin, code INSEE, quartiers et part de la population', async ({ page }) => {
  await page.goto('communes/lievin/');
  await expect(page.locator('h1')).toHaveText('Liévin');
  // A plain sentence first; the code and the COG millésime on the source line, at the end.
  await expect(page.locator('h1 + p')).toHaveText(/^Liévin compte 3 quartiers prioritaires : .+\. La commune a [\d\s\u202f]+ habitants et fait partie de la Communauté/);
  await expect(page.locator('.source-commune')).toContainText('code INSEE 62510');
  await expect(page.locator('.source-commune')).toContainText('millésime du Code officiel géographique 2026');
  const lignes = contenu(page).locator('table tbody tr');
  await expect(lignes).toHaveCount(3);
  for (const code of ['QP062028', 'QP062029', 'QP062030']) {
    await expect(lignes.filter({ hasText: code }).getByRole('link')).toHaveAttribute('href', new RegExp(`/quartiers/${code.toLowerCase()}/$`));
  }
  await expect(lignes.filter({ hasText: 'QP062028' }).locator('td').last()).toHaveText(texte('23,6 %'));
  await expect(lignes.filter({ hasText: 'QP062029' }).locator('td').last()).toHaveText('non calculable'); // shared with Lens and Loos
  await expect(contenu(page)).toContainText(texte('Environ 31 % des habitants de Liévin'));
  await expect(contenu(page).locator('h2', { hasText: 'Équipements situés à Liévin' })).toHaveText(/\(\d+\)$/);
});

// The index of équipements is tested in equipements.spec.ts.

test('page 404 : statut 404 et liens utiles', async ({ page }) => {
  const reponse = await page.goto('quartiers/qp999999/');
  expect(reponse?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page introuvable');
  await expect(page).toHaveTitle(/Page introuvable/);
  await expect(contenu(page).getByRole('link', { name: 'la liste des quartiers' })).toHaveAttribute('href', /\/$/);
  await expect(contenu(page).getByRole('link', { name: 'cherchez' })).toHaveAttribute('href', /\/recherche\/$/);
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeAttached();
  // The example address is the first quartier's, whatever the territory, and leads to its fiche.
  const exemple = contenu(page).locator('a[href*="/quartiers/q"]');
  await expect(exemple).toHaveCount(1);
  await expect(exemple).toHaveText(/\/quartiers\/q[pn][0-9a-z]{6}\/$/);
  await exemple.click();
  await expect(page.locator('h1')).toContainText(/\((QP|QN)[0-9A-Z]{6}\)/);
});

test('impression : en-tête, navigation et champ de recherche masqués', async ({ page }) => {
  await page.goto('quartiers/qp062025/');
  const masquables: Locator[] = [
    page.locator('header.entete'),
    page.getByRole('navigation', { name: 'Navigation principale' }),
    page.locator('form.recherche-entete'),
    page.getByRole('navigation', { name: "Fil d'Ariane" }),
    page.locator('footer.pied'),
  ];
  for (const l of masquables) await expect(l).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const l of masquables) await expect(l).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await expect(section(page, 'chiffres')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('header.entete')).toBeVisible();
});

test('fiche : l’intitulé de la source qui parle de couleurs est suivi d’une remarque qui dit ce qu’elles sont devenues', async ({ page }) => {
  await page.goto('quartiers/qp062025/');
  await expect(page.locator('main')).toContainText('en rouge équipements du quartier');
  await expect(page.locator('[data-couleurs]')).toHaveCount(1);
  await expect(page.locator('[data-couleurs]')).toContainText('Les couleurs dont parle la source ne sont pas reproduites');
  await page.goto('quartiers/qp062028/');
  await expect(page.locator('[data-couleurs]')).toHaveCount(0);
});
