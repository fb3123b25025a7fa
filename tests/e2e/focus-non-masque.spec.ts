// Nothing sticky or fixed hides the focused element or the text being read (WCAG 2.2 2.4.11, Focus Not Obscured):
// every tab stop of the longest fiche, at 320 px (a 1280 px window at 400 % zoom), 375 and 1280 px, is in view and
// on top where it is drawn; and the way back to the sommaire is a link in the flow at the end of each part.
import { expect, test } from '@playwright/test';

const LONGUE = 'quartiers/qp062025/';

for (const largeur of [320, 375, 1280]) {
  test(`à ${largeur} px, aucun élément collant ou fixe, et chaque arrêt de tabulation de la fiche la plus longue est visible, non recouvert`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: largeur, height: largeur === 1280 ? 900 : 640 });
    await page.goto(LONGUE);
    const colles = await page.evaluate(() =>
      [...document.querySelectorAll('body *')].filter((e) => /sticky|fixed/.test(getComputedStyle(e).position)).map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    );
    expect(colles, 'éléments qui resteraient sur le texte au défilement').toEqual([]);
    const problemes: string[] = [];
    let arrets = 0;
    for (let i = 0; i < 2000; i++) {
      await page.keyboard.press('Tab');
      // The focused element: each of its boxes (one per line for a link that wraps) is hit at its centre by the
      // element itself or one of its children, for the boxes inside the window; at least one box is inside.
      const etat = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return { fin: true };
        const vus = ((window as unknown as { vus?: WeakSet<Element> }).vus ??= new WeakSet());
        if (vus.has(e)) return { fin: true };
        vus.add(e);
        const nom = `${e.tagName.toLowerCase()} « ${(e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)} »`;
        const boites = [...e.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const dedans = boites.filter((r) => r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth);
        const couverts = dedans.flatMap((r) => {
          const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
          const dessus = document.elementFromPoint(x, y);
          return dessus && (dessus === e || e.contains(dessus)) ? [] : [`${dessus?.tagName.toLowerCase()}.${dessus?.className}`];
        });
        return { fin: false, nom, horsVue: boites.length > 0 && dedans.length === 0, couverts };
      });
      if (etat.fin) break;
      arrets++;
      if (etat.horsVue) problemes.push(`${etat.nom} hors de la fenêtre`);
      if (etat.couverts?.length) problemes.push(`${etat.nom} recouvert par ${etat.couverts.join(', ')}`);
    }
    expect(arrets, 'la fiche a des dizaines d’arrêts de tabulation').toBeGreaterThan(50);
    expect(problemes).toEqual([]);
  });
}

test('chaque partie de la fiche (et chaque tableau du diagnostic) finit par un lien vers le sommaire, qui y mène', async ({ page }) => {
  await page.goto(LONGUE);
  const parties = page.locator('.fiche > section:not(.essentiel)');
  const n = await parties.count();
  expect(n).toBeGreaterThan(4);
  for (let i = 0; i < n; i++) {
    await expect(parties.nth(i).locator(':scope > .vers-sommaire:last-child a'), `partie ${i + 1}`).toHaveAccessibleName('Retour au sommaire de la fiche');
  }
  const tableaux = page.locator('.tableau-diagnostic');
  expect(await tableaux.count()).toBeGreaterThan(1);
  await expect(tableaux.first().locator('.vers-sommaire a')).toHaveCount(1);
  await page.setViewportSize({ width: 375, height: 812 });
  const lien = tableaux.first().locator('.vers-sommaire a');
  await lien.scrollIntoViewIfNeeded();
  await lien.click();
  await expect(page.getByRole('navigation', { name: 'Parties de la fiche' })).toBeInViewport();
});
