// A search that finds nothing explains itself (issue 36): what each word finds and what is missing, a commune outside
// the territory named with its intercommunality rather than « corrected », no blank area; and a count that reads one way.
import { expect, test, type Page } from '@playwright/test';
import { communeOfficielle, epciOfficiel } from '../../src/lib/communes-officielles.ts';
import { donnees } from '../../src/lib/site/donnees.ts';

const m = donnees();
const { territoire } = m;
const etat = (page: Page) => page.locator('#etat');
const explication = (page: Page) => page.locator('#explication');

async function chercher(page: Page, q: string) {
  await page.goto(`recherche/?q=${encodeURIComponent(q)}`);
  await expect(etat(page)).not.toHaveText(/^(Recherche en cours…|Écrivez un mot ou cochez un filtre\.)?$/);
}

/** The gap between the status line and what follows it on screen, in px. */
const ecartSousEtat = (page: Page) =>
  page.evaluate(() => {
    const bas = document.getElementById('etat')!.getBoundingClientRect().bottom;
    const suivants = [...document.querySelectorAll('#etat ~ *')].filter((e) => (e as HTMLElement).checkVisibility());
    return Math.min(...suivants.map((e) => e.getBoundingClientRect().top)) - bas;
  });

test('« médiathèque liévin » : aucune médiathèque à Liévin, celles des autres communes, puis les équipements de Liévin', async ({ page }) => {
  // The data's premise: médiathèques exist, none in Liévin.
  const mediatheques = m.equipements.filter((e) => /m[ée]diath[èe]que/i.test(e.nom));
  expect(mediatheques.length).toBeGreaterThan(0);
  expect(mediatheques.some((e) => m.commune.get(e.commune)?.nom === 'Liévin')).toBe(false);

  await page.setViewportSize({ width: 375, height: 812 });
  await chercher(page, 'médiathèque liévin');
  await expect(etat(page)).toHaveText('Aucun résultat pour « médiathèque liévin ».');
  const zone = explication(page);
  await expect(zone).toContainText('Aucun équipement rattaché à un quartier de Liévin ne répond à « médiathèque »');
  const ailleurs = zone.locator('section', { has: page.getByRole('heading', { name: '« médiathèque » ailleurs' }) });
  const lignes = ailleurs.locator('ol > li');
  expect(await lignes.count()).toBeGreaterThan(0);
  for (const meta of await lignes.locator('p.meta').allTextContents()) {
    expect(meta).toMatch(/^Équipement/);
    expect(meta).not.toMatch(/Liévin,/);
  }
  await expect(lignes.first().locator('h3')).toContainText(/m[ée]diath[èe]que/i);
  const deLievin = zone.locator('section', { has: page.getByRole('heading', { name: 'Équipements de Liévin' }) });
  expect(await deLievin.locator('ol > li').count()).toBeGreaterThan(1);
  for (const href of await deLievin.locator('ol > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/\/communes\/lievin\/#domaine-[a-g]$/);
  // The explanation starts right under the status line: no blank area.
  await expect(page.locator('#resultats')).toBeHidden();
  expect(await ecartSousEtat(page)).toBeLessThan(40);

  // A group line leads to that domain's section of Liévin's page.
  await deLievin.locator('ol > li h3 a').first().click();
  await expect(page).toHaveURL(/\/communes\/lievin\/#domaine-[a-g]$/);
  await expect(page.locator(':target')).toBeInViewport();
});

test('plusieurs mots sans commune : ce que trouve chaque mot seul, et celui qui ne se trouve nulle part', async ({ page }) => {
  await chercher(page, 'trampoline cité');
  await expect(etat(page)).toHaveText('Aucun résultat pour « trampoline cité ».');
  const zone = explication(page);
  await expect(zone).toContainText('Aucun résultat ne contient à la fois « trampoline » et « cité » : voici ce que trouve chaque mot seul.');
  await expect(zone).toContainText('« trampoline » ne se trouve nulle part sur le site.');
  const cite = zone.locator('section', { has: page.getByRole('heading', { name: '« cité »' }) });
  expect(await cite.locator('ol > li').count()).toBeGreaterThan(0);
  await cite.getByRole('link', { name: 'Tous les résultats pour « cité »' }).click();
  await expect(etat(page)).toHaveText(/^\d+ résultats pour « cité »/);
  await expect(page).toHaveURL(/[?&]q=cit%C3%A9/);
});

test('« carvin », commune voisine, n’est pas corrigé en « carin » : la page dit à quelle intercommunalité elle appartient', async ({ page }) => {
  const carvin = communeOfficielle('62215')!;
  expect(carvin.nom).toBe('Carvin');
  const epci = epciOfficiel('246200299')!;
  expect(epci.membres.has('62215')).toBe(true);
  expect(m.commune.has('62215')).toBe(false);

  await chercher(page, 'carvin');
  await expect(etat(page)).toHaveText('Aucun résultat pour « carvin ».');
  await expect(explication(page)).toContainText(`Carvin ne fait pas partie de la ${territoire.nom}, dont ce site décrit les quartiers prioritaires : c’est une commune de la ${epci.nom} (Pas-de-Calais).`);
  await expect(page.locator('main')).not.toContainText(/carin/i);
  await expect(page.locator('#suggestion')).toHaveText('');

  // Beside a word of the site: that word's results, and the commune said where it is.
  await chercher(page, 'piscine carvin');
  await expect(etat(page)).toHaveText('Aucun résultat pour « piscine carvin ».');
  await expect(explication(page)).toContainText('Carvin ne fait pas partie');
  expect(await explication(page).locator('section', { has: page.getByRole('heading', { name: '« piscine »' }) }).locator('ol > li').count()).toBeGreaterThan(0);
  await expect(page.locator('main')).not.toContainText(/carin/i);
});

test('un mot seul introuvable ne laisse pas de blanc sous le message', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await chercher(page, 'patinoire');
  await expect(etat(page)).toHaveText(/^Aucun résultat pour « patinoire »\./);
  await expect(page.locator('#resultats')).toBeHidden();
  expect(await ecartSousEtat(page)).toBeLessThan(40);
});

test('le compte dit combien de résultats, dont combien de groupes, et les équipements qu’ils réunissent', async ({ page }) => {
  await chercher(page, 'calonne');
  await expect(etat(page)).toHaveText(/^\d+ résultats pour « calonne »(, dont \d+ groupes? qui (réunit|réunissent) \d+ équipements)?\.$/);
  const texte = (await etat(page).textContent())!;
  const groupes = /dont (\d+) groupe/.exec(texte);
  if (groupes) expect(Number(groupes[1])).toBeLessThanOrEqual(Number(/^(\d+)/.exec(texte)![1]));
});
