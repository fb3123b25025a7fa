// Acceptance tests of the search page (Pagefind's JS API behind our own interface, under the site's strict CSP).
import { expect, test, type Page } from '@playwright/test';

const resultats = (page: Page) => page.locator('#resultats > li');
const resultat = (page: Page, titre: string | RegExp) => resultats(page).filter({ has: page.locator('h3', { hasText: titre }) });
/** The équipements listed in the rows (one row per commune when several of its équipements answer). */
const equipementsListes = (page: Page) => page.locator('#resultats .equipements-trouves > li');

/** Collects every Content-Security-Policy violation: console messages and securitypolicyviolation events. */
async function surveillerCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => {
    if (/Content[- ]Security[- ]Policy/i.test(e.message)) violations.push(`pageerror: ${e.message}`);
  });
  await page.exposeFunction('__signalerCsp', (texte: string) => violations.push(`securitypolicyviolation: ${texte}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __signalerCsp: (t: string) => void }).__signalerCsp(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}

async function chercher(page: Page, q: string) {
  await page.goto('recherche/');
  await expect(page.locator('#etat')).toHaveText('Écrivez un mot ou cochez un filtre.');
  await page.locator('#q').fill(q);
  await page.locator('#q').press('Enter');
  await expect(page.locator('#etat')).toHaveText(/résultats? pour « /);
}

async function ouvrirFiltres(page: Page) {
  await page.getByRole('button', { name: /^Filtrer/ }).click();
  await expect(page.locator('#filtres')).toBeVisible();
}

test('« piscine » trouve la Piscine Olympique Municipale, rattachée à Grande Résidence (QP062025)', async ({ page }) => {
  await chercher(page, 'piscine');
  const piscine = resultat(page, 'Piscine Olympique Municipale');
  await expect(piscine).toHaveCount(1);
  await expect(piscine.locator('.meta')).toContainText('Équipement');
  await expect(piscine.locator('.meta')).toContainText('Grande Résidence (QP062025)');
  await expect(piscine.locator('h3 a')).toHaveAttribute('href', /\/communes\/[\w-]+\/#eq-[\w-]+$/);
});

test('« Collège David Marcel » le montre en premier avec les deux quartiers de Billy-Montigny', async ({ page }) => {
  await chercher(page, 'Collège David Marcel');
  const college = resultat(page, 'Collège David Marcel');
  await expect(college).toHaveCount(1); // one équipement, indexed once although two fiches list it
  await expect(resultats(page).first()).toContainText('Collège David Marcel');
  await expect(college.locator('.meta')).toContainText('QP062021');
  await expect(college.locator('.meta')).toContainText('QP062047');
});

test('« cohesion sociale » sans accent trouve des sections de fiche, liées à leur ancre', async ({ page }) => {
  await chercher(page, 'cohesion sociale');
  const sections = resultats(page).filter({ has: page.locator('.meta', { hasText: 'Section de fiche' }) });
  expect(await sections.count()).toBeGreaterThan(0);
  await expect(sections.first().locator('h3')).toContainText('Cohésion sociale');
  await expect(sections.first().locator('h3 a')).toHaveAttribute('href', /\/quartiers\/qp\d{6}\/#diagnostic-\d+-axe-\d+$/);
});

for (const maniere of ['case cochée', 'adresse ?commune=Liévin'] as const) {
  test(`le filtre commune « Liévin » seul (${maniere}) liste ses quartiers et ses équipements`, async ({ page }) => {
    if (maniere === 'case cochée') {
      await page.goto('recherche/');
      await ouvrirFiltres(page);
      await page.getByRole('group', { name: 'Commune' }).getByRole('checkbox', { name: 'Liévin', exact: true }).check();
    } else {
      await page.goto(`recherche/?commune=${encodeURIComponent('Liévin')}`);
    }
    await expect(page.locator('#etat')).toHaveText(/^\d+ résultats\.$/);
    await expect(page).toHaveURL(/[?&]commune=Li%C3%A9vin/);
    // The active filter shows as a removable chip, and in the « Filtrer » button's count.
    await expect(page.getByRole('button', { name: 'Retirer le filtre Commune : Liévin' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Filtrer/ })).toContainText('1 actif');
    while (await page.locator('#plus').isVisible()) {
      const avant = await resultats(page).count();
      await page.locator('#plus').click();
      await expect(resultats(page)).not.toHaveCount(avant);
    }
    const n = Number((await page.locator('#etat').textContent())!.match(/^\d+/)![0]);
    await expect(resultats(page)).toHaveCount(n);
    for (const code of ['QP062028', 'QP062029', 'QP062030']) {
      await expect(resultats(page).filter({ has: page.locator('p.meta', { hasText: /^Quartier/ }) }).filter({ hasText: code })).toHaveCount(1);
    }
    // The équipements of Liévin: one row per domain, listing them, linked to their entries of the index.
    const equipements = resultats(page).filter({ has: page.locator('p.meta', { hasText: /^Équipements/ }) });
    expect(await equipements.count()).toBeGreaterThan(1);
    let total = 0;
    for (const meta of await equipements.locator('p.meta').allTextContents()) total += Number(meta.match(/(\d+) à Liévin$/)![1]);
    expect(total).toBeGreaterThan(10);
    for (const href of await equipementsListes(page).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/\/communes\/lievin\/#eq-[\w-]+-lievin$/);
    // Removing the chip removes the filter.
    await page.getByRole('button', { name: 'Retirer le filtre Commune : Liévin' }).click();
    await expect(page.locator('#etat')).toHaveText('Écrivez un mot ou cochez un filtre.');
    await expect(page).not.toHaveURL(/commune=/);
  });
}

for (const q of ['QP062025', 'qp062025']) {
  test(`?q=${q} ouvre avec la fiche Grande Résidence en premier résultat`, async ({ page }) => {
    await page.goto(`recherche/?q=${q}`);
    await expect(page.locator('#q')).toHaveValue(q);
    await expect(page.locator('#etat')).toHaveText(/résultats? pour « /);
    const premier = resultats(page).first();
    await expect(premier.locator('h3')).toContainText('Grande Résidence');
    await expect(premier.locator('h3 a')).toHaveAttribute('href', /\/quartiers\/qp062025\/$/);
    await expect(premier.locator('.meta')).toContainText('Quartier');
  });
}

test('« lievin » sans accent trouve Liévin', async ({ page }) => {
  await chercher(page, 'lievin');
  await expect(resultats(page).first().locator('h3 a')).toHaveAttribute('href', /\/communes\/lievin\/$/);
  await expect(resultats(page).first().locator('h3')).toHaveText('Liévin');
});

test('les résultats sont annoncés dans la zone role=status', async ({ page }) => {
  await page.goto('recherche/');
  const etat = page.getByRole('status');
  await expect(etat).toHaveCount(1);
  await expect(etat).toHaveAttribute('id', 'etat');
  await page.locator('#q').fill('piscine');
  await page.locator('#q').press('Enter');
  await expect(etat).toHaveText(/^\d+ résultats? pour « piscine »\.$/);
  const n = Number((await etat.textContent())!.match(/^\d+/)![0]);
  await expect(resultats(page)).toHaveCount(Math.min(n, 5));
  await page.locator('#q').fill('zzzyxwq');
  await page.locator('#q').press('Enter');
  await expect(etat).toHaveText(/^Aucun résultat pour « zzzyxwq »/);
  await expect(resultats(page)).toHaveCount(0);
});

test('les filtres attendent derrière « Filtrer » : leurs fichiers ne sont chargés qu’à l’ouverture, et seules les valeurs qui ont des résultats restent', async ({ page }) => {
  const filtres: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/filter/') && filtres.push(r.url()));
  await page.goto('recherche/?q=piscine');
  await expect(resultats(page).first()).toBeVisible();
  await expect(page.locator('#filtres')).toBeHidden();
  expect(filtres, 'aucun fichier de filtre avant l’ouverture du panneau').toEqual([]);
  await ouvrirFiltres(page);
  await expect(page.getByRole('button', { name: /^Filtrer/ })).toHaveAttribute('aria-expanded', 'true');
  const communes = page.getByRole('group', { name: 'Commune' });
  await expect(communes.getByRole('checkbox', { name: 'Lens', exact: true })).toBeVisible();
  expect(filtres.length).toBeGreaterThan(0);
  // No piscine in Angres: the option is hidden for this search.
  await expect(communes.getByRole('checkbox', { name: 'Angres', exact: true })).toBeHidden();
  await communes.getByRole('checkbox', { name: 'Lens', exact: true }).check();
  await expect(page.locator('#etat')).toHaveText(/^1 résultat pour « piscine »\.$/);
  await expect(resultat(page, 'Piscine Olympique Municipale')).toHaveCount(1);
});

test('aucune violation de la Content-Security-Policy sur la page de recherche', async ({ page }) => {
  const violations = await surveillerCsp(page);
  const reponse = await page.goto('recherche/?q=piscine');
  expect(reponse?.headers()['content-security-policy'], 'le serveur de test doit envoyer la CSP de public/_headers').toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(resultats(page).first()).toBeVisible();
  // Exercise filters, suggestions and paging too: they load more Pagefind chunks, fragments and the vocabulary.
  await ouvrirFiltres(page);
  await page.getByRole('group', { name: 'Type de résultat' }).getByRole('checkbox').first().check();
  await expect(page.locator('#etat')).toHaveText(/résultats? pour « piscine »|Aucun résultat/);
  await page.locator('#q').fill('piscinne');
  await page.locator('#q').press('Enter');
  await expect(page.locator('#etat')).toHaveText(/« piscinne »/);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('la page n’a aucun script en ligne : le script de la recherche est un fichier empreinté servi par le site', async ({ page }) => {
  const reponse = await page.goto('recherche/');
  const html = await reponse!.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributs, contenu] of scripts) {
    expect(contenu!.trim(), 'script en ligne').toBe('');
    expect(attributs).toMatch(/src="[^"]*\/assets\/[^"]+\.[\w-]{8}\.js"/);
  }
  expect(html).not.toContain('js/recherche.js');
});

test('sans JavaScript, le texte garde ses espaces autour des liens', async ({ request }) => {
  const html = await (await request.get('recherche/')).text();
  const texte = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)![1]!.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
  expect(texte).toContain('parcourir la liste des quartiers');
  expect(texte).toContain("et l'index des équipements");
});

test('le filtre NPNRU sépare le quartier d’intérêt national des deux d’intérêt régional (adresse ?npnru=…)', async ({ page }) => {
  await page.goto(`recherche/?npnru=${encodeURIComponent('Intérêt régional')}`);
  await expect(resultats(page).first()).toBeVisible();
  const titres = await resultats(page).locator('h3').allTextContents();
  expect(titres.map((t) => t.replace(/\s+/g, ' ').trim()).sort()).toEqual([expect.stringContaining('Calonne'), expect.stringContaining('République')]);
  await page.goto(`recherche/?npnru=${encodeURIComponent('Intérêt national')}`);
  await expect(resultats(page)).toHaveCount(1);
  await expect(resultats(page).first().locator('h3')).toContainText('Cité 12-14');
});
