import { expect, test } from '@playwright/test';

test('l’index des programmes mène aux programmes NPNRU, GUSP et TFPB', async ({ page }) => {
  await page.goto('programmes/');
  await expect(page.locator('h1')).toHaveCount(1);
  for (const id of ['npnru-qp062019', 'gusp-qp062024', 'tfpb-grande-residence']) {
    await expect(page.locator(`a[href$="programmes/${id}/"]`).first()).toBeVisible();
  }
});

test('le programme NPNRU d’Avion donne la démolition de la tour des Frênes, montant en français', async ({ page }) => {
  await page.goto('programmes/npnru-qp062019/');
  const contenu = page.locator('#contenu');
  await expect(contenu).toContainText('tour des Frênes');
  await expect(contenu).toContainText('71 logements');
  await expect(contenu).toContainText('1\u202f880\u202f000\u00a0€');
});

test('la fiche d’un quartier NPNRU a une section Projets et actions qui renvoie à ses programmes', async ({ page }) => {
  await page.goto('quartiers/qp062019/');
  const section = page.locator('section', { has: page.locator('h2#projets') });
  await expect(section).toContainText('Renouvellement urbain');
  await section.locator('a[href$="programmes/npnru-qp062019/"]').click();
  await expect(page).toHaveURL(/programmes\/npnru-qp062019\/$/);
});

test('la recherche filtre les programmes', async ({ page }) => {
  await page.goto('recherche/?type=Programme');
  await expect(page.locator('#etat')).toContainText('résultat');
  const titres = page.locator('#resultats > li h3');
  await expect(titres.first()).toBeVisible();
  const infos = await page.locator('#resultats > li .meta').allTextContents();
  expect(infos.length).toBeGreaterThan(0);
  for (const i of infos) expect(i).toContain('Programme');
});

// The stacked tables carry no ARIA roles (the W3C checker forbids them on cells): on a phone, where their rows
// become cards (CSS `display: block`), Chromium must still expose the same table, headers and cells as on a
// desktop, where they are laid out as a table. Read from Chromium's own accessibility tree.
test('les tableaux empilés gardent au téléphone les mêmes en-têtes de ligne et de colonne qu’à l’écran large', async ({ page }) => {
  type Tableau = { nom: string; colonnes: string[]; lignes: string[]; cellules: number };
  const arbre = async (largeur: number): Promise<Tableau[]> => {
    await page.setViewportSize({ width: largeur, height: 900 });
    await page.goto('programmes/tfpb-loucheur/');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { nodeId: string; ignored: boolean; role?: { value: string }; name?: { value: string }; childIds?: string[] }[];
    };
    await cdp.detach();
    const parId = new Map(nodes.map((n) => [n.nodeId, n]));
    const descendants = (id: string): typeof nodes =>
      (parId.get(id)?.childIds ?? []).flatMap((c) => [parId.get(c)!, ...descendants(c)]).filter((n) => n && !n.ignored);
    const noms = (liste: typeof nodes, role: string) => liste.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? '');
    return nodes
      .filter((n) => n.role?.value === 'table' && !n.ignored)
      .map((t) => {
        const sous = descendants(t.nodeId);
        return { nom: t.name?.value ?? '', colonnes: noms(sous, 'columnheader'), lignes: noms(sous, 'rowheader'), cellules: noms(sous, 'cell').length };
      });
  };
  const large = await arbre(1280);
  const telephone = await arbre(375);
  expect(await page.locator('table.empilable tr').first().evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
  expect(large.length).toBe(await page.locator('table').count());
  expect(large.every((t) => t.nom && t.colonnes.length > 0 && t.cellules > 0)).toBe(true);
  expect(telephone).toEqual(large);
});

for (const id of ['tfpb-grande-residence', 'tfpb-loucheur', 'tfpb-sellier']) {
  test(`${id} : chaque cellule du tableau à deux niveaux d’en-têtes nomme les siens (headers/id, RGAA 5.7)`, async ({ page }) => {
    await page.goto(`programmes/${id}/`);
    const problemes = await page.locator('table.empilable').evaluate((t: HTMLTableElement) => {
      const erreurs: string[] = [];
      let cellules = 0;
      for (const td of t.querySelectorAll('td')) {
        cellules++;
        const ids = (td.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean);
        const entetes = ids.map((i) => t.querySelector<HTMLTableCellElement>(`th[id="${i}"]`));
        const texte = td.textContent!.trim().slice(0, 30);
        if (entetes.some((e) => !e)) erreurs.push(`« ${texte} » : en-tête introuvable dans le tableau (${ids.join(' ')})`);
        const tr = td.parentElement as HTMLTableRowElement;
        const dansPied = tr.parentElement!.tagName === 'TFOOT';
        // Its column's header (the one above it, by position), and its part's title or, in the footer, the total's label.
        const colonne = t.tHead!.rows[0]!.cells[dansPied ? t.tHead!.rows[0]!.cells.length - 1 : td.cellIndex]!;
        if (!entetes.includes(colonne)) erreurs.push(`« ${texte} » : sans l’en-tête de sa colonne « ${colonne.textContent} »`);
        const partie = dansPied ? tr.querySelector('th') : tr.parentElement!.querySelector('tr.groupe th');
        if (!partie || !entetes.includes(partie as HTMLTableCellElement)) erreurs.push(`« ${texte} » : sans le titre de sa partie`);
      }
      return cellules > 10 ? erreurs : [`${cellules} cellules seulement`];
    });
    expect(problemes).toEqual([]);
  });
}
