// What people type, and what should come first: names with or without accents, communes, kinds of
// équipements, typos, and words the site does not contain. Cases come from the data, not from a list.
import { expect, test, type Page } from '@playwright/test';
import { donnees } from '../../src/lib/site/donnees.ts';
import { sansAccents } from '../../src/lib/recherche/texte.ts';

const m = donnees();
const resultats = (page: Page) => page.locator('#resultats > li');

async function chercher(page: Page, q: string) {
  await page.locator('#q').fill(q);
  await page.locator('#q').press('Enter');
  await expect(page.locator('#etat')).toHaveText(new RegExp(`pour « ${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} »`));
}

test('le nom de chacun des quartiers, tapé sans accents ni majuscules, amène sa fiche en premier', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('recherche/');
  for (const q of m.quartiers) {
    const tape = sansAccents(q.nom).replace(/\s+-\s+/g, ' ');
    await chercher(page, tape);
    await expect(resultats(page).first().locator('h3 a'), `« ${tape} »`).toHaveAttribute('href', new RegExp(`/quartiers/${q.slug}/$`));
  }
});

test('un nom partiel ou écrit autrement : « cité 12 14 », « hauts de lievin », « quartier du 3 15 »', async ({ page }) => {
  await page.goto('recherche/');
  for (const [q, code] of [['cité 12 14', 'qp062024'], ['hauts de lievin', 'qp062029'], ['quartier du 3 15', 'qp062034'], ['maroc', 'qp062045']] as const) {
    await chercher(page, q);
    await expect(resultats(page).first().locator('h3 a'), `« ${q} »`).toHaveAttribute('href', new RegExp(`/quartiers/${code}/$`));
  }
});

test('le nom d’une commune, ou son code INSEE, amène sa page en premier', async ({ page }) => {
  await page.goto('recherche/');
  for (const c of m.communes.filter((x) => x.membreEpci && x.quartiers.length)) {
    for (const q of [sansAccents(c.nom), c.code]) {
      await chercher(page, q);
      await expect(resultats(page).first().locator('h3 a'), q).toHaveAttribute('href', new RegExp(`/communes/${c.slug}/$`));
    }
  }
});

test('le nom d’un équipement, tapé sans accents ni majuscules, le montre en premier (le titre du premier résultat ou le premier équipement qu’il liste)', async ({ page }) => {
  test.setTimeout(180_000);
  // Every name of two words or more that no other équipement shares once accents and capitals are gone, written
  // with ordinary signs (« n°2 – » is typed otherwise by people, and is indexed otherwise by Pagefind).
  const cle = (nom: string) => sansAccents(nom).replace(/\s+/g, ' ').trim();
  const parCle = Map.groupBy(m.equipements, (e) => cle(e.nom));
  const noms = [...parCle].filter(([k, es]) => es.length === 1 && /^[\p{L}\p{N} '’.,()-]+$/u.test(k) && k.split(' ').filter((w) => w.length > 2).length >= 2);
  expect(noms.length).toBeGreaterThan(300);
  await page.goto('recherche/');
  const rates: string[] = [];
  for (const [tape, [e]] of noms) {
    await chercher(page, tape);
    // The row is drawn at once with the status line: its title and first équipement are read together.
    const vus = await resultats(page).first().evaluate((li) => [li.querySelector('h3')?.textContent, li.querySelector('.equipements-trouves > li > a')?.textContent]);
    if (!vus.includes(e!.nom)) rates.push(`« ${tape} » → ${vus[0]}`);
  }
  expect(rates).toEqual([]);
});

test('« école » et une commune listent ses écoles, y compris celles dont le nom n’a pas le mot', async ({ page }) => {
  await page.goto('recherche/');
  await chercher(page, 'école Liévin');
  const premier = resultats(page).first();
  await expect(premier.locator('h3')).toHaveText('Enseignement à Liévin');
  const noms = await premier.locator('.equipements-trouves > li > a').allTextContents();
  expect(noms.length).toBeGreaterThan(10);
  expect(noms).toContain('La Fontaine');
  expect(noms.some((n) => !/[ée]cole/i.test(n)), 'une école dont le nom n’a pas le mot').toBe(true);
  // Every équipement listed is in Liévin: the links go to Liévin's entries of the index.
  for (const href of await premier.locator('.equipements-trouves > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/-lievin$/);
});

test('un genre d’équipement passe devant les textes qui le nomment : « collèges », « sport Avion », « santé Harnes »', async ({ page }) => {
  await page.goto('recherche/');
  await chercher(page, 'collèges');
  for (const meta of (await resultats(page).locator('p.meta').allTextContents()).slice(0, 3)) expect(meta).toMatch(/^Équipement/);
  await chercher(page, 'sport Avion');
  await expect(resultats(page).first().locator('h3')).toHaveText('Sports, loisirs et culture à Avion');
  expect(await resultats(page).first().locator('.equipements-trouves > li').count()).toBeGreaterThan(3);
  await chercher(page, 'santé Harnes');
  await expect(resultats(page).first().locator('p.meta')).toContainText('Harnes');
  await expect(resultats(page).first().locator('p.meta')).toHaveText(/^Équipement/);
});

test('les mots réunis dans un nom passent devant les mêmes mots épars dans une liste : « centre de santé »', async ({ page }) => {
  // Pagefind scores each commune's « Santé et action sociale » as one document: « santé » in its title and « centre »
  // in its centres sociaux give Méricourt's the best score; the one équipement named so comes first all the same.
  await page.goto('recherche/');
  await chercher(page, 'centre de santé');
  await expect(resultats(page).first().locator('h3')).toHaveText('Centre de Santé : Christian WERMERS');
});

test('les articles d’une requête ne coûtent aucun téléchargement : « cadre de vie » charge l’index de « cadre vie »', async ({ page }) => {
  const index = async (q: string) => {
    const urls: string[] = [];
    const ecoute = (r: { url: () => string }) => void (r.url().includes('/pagefind/index/') && urls.push(r.url()));
    page.on('requestfinished', ecoute);
    await page.goto(`recherche/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('#etat')).toHaveText(/\d+ résultats? pour/);
    page.off('requestfinished', ecoute);
    return urls.sort();
  };
  const avec = await index('cadre de vie');
  expect(avec.length).toBeGreaterThan(0);
  expect(avec).toEqual(await index('cadre vie'));
  // Alone, or in quotes, such a word is searched.
  await page.goto(`recherche/?q=${encodeURIComponent('"cadre de vie"')}`);
  await expect(page.locator('#etat')).toHaveText(/\d+ résultats? pour/);
});

test('une faute d’une lettre dans le nom d’un équipement est corrigée sur place, et « Rechercher exactement » revient à la requête tapée', async ({ page }) => {
  await page.goto('recherche/');
  await page.locator('#q').fill('collège david marcell');
  await page.locator('#q').press('Enter');
  await expect(page.locator('#etat')).toHaveText(/^Résultats pour « collège david marcel » : 1 résultat\. Rechercher exactement « collège david marcell »$/);
  await expect(resultats(page).first().locator('h3')).toHaveText('Collège David Marcel');
  await page.locator('#suggestion a').click();
  await expect(page.locator('#etat')).toHaveText(/^Aucun résultat pour « collège david marcell »/);
  await expect(page).toHaveURL(/\?q=coll%C3%A8ge\+david\+marcell&exact=1$/);
});

test('un mot de trop : « Aucun résultat », puis « Avec moins de mots » propose la requête sans lui, et la suivre trouve', async ({ page }) => {
  await page.goto('recherche/');
  await chercher(page, 'collège david marcel patinoire');
  await expect(page.locator('#etat')).toHaveText(/^Aucun résultat pour « collège david marcel patinoire »\. Avec moins de mots : «\scollège david marcel\s»\.$/);
  await expect(resultats(page)).toHaveCount(0);
  await page.locator('#suggestion a').click();
  await expect(page.locator('#etat')).toHaveText(/^1 résultat pour « collège david marcel »\.$/);
  await expect(resultats(page).first().locator('h3')).toHaveText('Collège David Marcel');
});

for (const q of ['trampoline', 'carrousel', 'patinoire Liévin']) {
  test(`un mot que le site ne contient pas (« ${q} ») : « Aucun résultat », rien de présenté comme une réponse`, async ({ page }) => {
    await page.goto('recherche/');
    await chercher(page, q);
    await expect(page.locator('#etat')).toHaveText(new RegExp(`^Aucun résultat pour « ${q} »`));
    await expect(resultats(page)).toHaveCount(0);
    // What Pagefind matched by shortening the word is shown apart, as approximate, if at all.
    const approchants = page.locator('#approchants');
    if (await approchants.isVisible()) await expect(page.locator('#approchants-note')).toContainText('elles ne répondent pas à la recherche');
  });
}

test('une phrase d’un tableau mal lu trouve la section de la fiche', async ({ page }) => {
  await page.goto('recherche/');
  await chercher(page, 'Des habitants fidèles à leur quartier');
  const premier = resultats(page).first();
  await expect(premier.locator('h3 a')).toHaveAttribute('href', /\/quartiers\/qp062045\/#diagnostic-\d+(-ligne-\d+)?$/);
  await expect(premier.locator('p.meta')).toContainText('Section de fiche');
});
