// The index of équipements: every équipement of the published data once, grouped by commune, then by the
// quartiers it serves, then by domain in words; short enough to scan on a phone; filters with and without JavaScript.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { libellesDomaines } from '../../src/lib/libelles.ts';

interface EquipementJson {
  id: string;
  commune: string;
  domaine: keyof typeof libellesDomaines;
}
const dist = process.env.DIST_DIR!;
const { quartiers }: { quartiers: { code: string; equipements?: EquipementJson[] }[] } = JSON.parse(readFileSync(resolve(dist, 'donnees/quartiers.json'), 'utf8'));
/** Each équipement once, with the quartiers whose fiche lists it. */
const equipements = new Map<string, EquipementJson & { quartiers: string[] }>();
for (const q of quartiers) {
  for (const e of q.equipements ?? []) {
    const vu = equipements.get(e.id) ?? { ...e, quartiers: [] };
    vu.quartiers.push(q.code);
    equipements.set(e.id, vu);
  }
}
const parDomaine = (d: string) => [...equipements.values()].filter((e) => e.domaine === d).length;

/** What the index shows of each équipement: its anchor, the commune section, the quartiers of its group, its domain. */
const lireIndex = (page: Page) =>
  page.locator('.liste-equipements > li').evaluateAll((lis) =>
    lis.map((li) => ({
      id: li.id,
      commune: li.closest('section')?.dataset.commune ?? '',
      quartiers: [...(li.closest('.rattachement')?.querySelector(':is(h3, h4)')?.querySelectorAll('a') ?? [])].map((a) => /quartiers\/(qp\d+)\//.exec(a.getAttribute('href') ?? '')?.[1]?.toUpperCase()),
      domaine: li.closest<HTMLElement>('.groupe-domaine')?.dataset.domaine ?? '',
      titreDomaine: li.closest('.groupe-domaine')?.querySelector(':is(h4, h5)')?.textContent?.trim() ?? '',
      visible: li.checkVisibility(),
    })),
  );

test('sans JavaScript : chaque équipement des données une fois, avec sa commune, ses quartiers et son domaine en mots', async ({ browser }) => {
  const contexte = await browser.newContext({ javaScriptEnabled: false });
  const page = await contexte.newPage();
  await page.goto('equipements/');
  expect(equipements.size).toBeGreaterThan(300);
  const lignes = await lireIndex(page);
  expect(lignes).toHaveLength(equipements.size);
  expect(new Set(lignes.map((l) => l.id))).toEqual(new Set([...equipements.keys()].map((id) => `eq-${id}`)));
  await expect(page.locator('main p.chapeau')).toContainText(new RegExp(`^${equipements.size}\\s+équipements`));

  const communeDe = new Map<string, string>(); // section → code INSEE of its équipements
  for (const l of lignes) {
    const e = equipements.get(l.id.slice('eq-'.length))!;
    expect(l.quartiers, l.id).toEqual(e.quartiers);
    expect(l.domaine, l.id).toBe(e.domaine);
    expect(l.titreDomaine, l.id).toBe(`${libellesDomaines[e.domaine]} (${lignes.filter((x) => x.commune === l.commune && x.domaine === l.domaine && x.quartiers.join() === l.quartiers.join()).length})`);
    expect(communeDe.get(l.commune) ?? e.commune, `${l.id} dans la section ${l.commune}`).toBe(e.commune);
    communeDe.set(l.commune, e.commune);
  }
  expect(new Set(communeDe.values()).size, 'une section par commune').toBe(communeDe.size);

  // Each commune heading gives its count, and the jump list links to it.
  for (const section of await page.locator('section.commune-index').all()) {
    const titre = section.locator('h2');
    const [, nom, n] = /^(.+) \((\d+)\)$/.exec((await titre.textContent())!.trim())!;
    const commune = await section.getAttribute('data-commune');
    expect(Number(n), nom).toBe(lignes.filter((l) => l.commune === commune).length);
    await expect(page.getByRole('navigation', { name: "Communes et domaines de l'index" }).locator(`a[href="#${await titre.getAttribute('id')}"]`)).toHaveText(nom!);
  }

  // A shared équipement sits under the heading naming both its quartiers.
  const college = page.locator('.liste-equipements > li', { hasText: 'Collège David Marcel' });
  await expect(college).toHaveCount(1);
  await expect(page.locator('.rattachement', { has: college }).locator('h3').getByRole('link')).toHaveCount(2);

  // Readers' words only: no code, default or transcription remark in what is shown.
  const texte = await page.locator('main').innerText();
  for (const interdit of [/par défaut/i, /Rubrique de la source/, /Remarque de transcription/, /type BPE/i, /\b[A-G]\d{3}\b/, /\bdomaine [A-G]\b/]) expect(texte).not.toMatch(interdit);
  await contexte.close();
});

test('sans JavaScript, un lien de domaine ne montre que ce domaine, et « Afficher tous » rétablit l’index', async ({ browser }) => {
  const contexte = await browser.newContext({ javaScriptEnabled: false });
  const page = await contexte.newPage();
  await page.goto('equipements/');
  await expect(page.locator('fieldset.filtre-equipements')).toBeHidden(); // the script's controls need the script
  await page.getByRole('navigation', { name: "Communes et domaines de l'index" }).getByRole('link', { name: 'Enseignement' }).click();
  await expect(page).toHaveURL(/#domaine-c$/);
  await expect(page.locator('#domaine-c')).toBeVisible();
  await expect(page.locator('#domaine-c')).toContainText(`Seuls les ${parDomaine('C')} équipements du domaine « Enseignement »`);
  const lignes = await lireIndex(page);
  expect(lignes.filter((l) => l.visible).length).toBe(parDomaine('C'));
  expect(lignes.filter((l) => l.visible).every((l) => l.domaine === 'C')).toBe(true);
  const sansEcole = page.locator('section.commune-index', { hasNot: page.locator('[data-domaine="C"]') });
  for (const s of await sansEcole.all()) await expect(s).toBeHidden();

  await page.locator('#domaine-c').getByRole('link', { name: 'Afficher tous les équipements' }).click();
  expect((await lireIndex(page)).every((l) => l.visible)).toBe(true);
  await contexte.close();
});

test('avec JavaScript, les listes Commune et Domaine filtrent l’index et disent combien d’équipements restent', async ({ page }) => {
  await page.goto('equipements/');
  const filtre = page.locator('fieldset.filtre-equipements');
  const etat = filtre.getByRole('status');
  await expect(etat).toHaveText(`${equipements.size} équipements affichés.`);

  await filtre.getByLabel('Commune').selectOption('lens');
  const lens = (await lireIndex(page)).filter((l) => l.visible);
  expect(new Set(lens.map((l) => l.commune))).toEqual(new Set(['lens']));
  await expect(etat).toHaveText(`${lens.length} équipements affichés sur ${equipements.size}.`);
  await filtre.getByLabel('Domaine').selectOption('F');
  const sportsLens = (await lireIndex(page)).filter((l) => l.visible);
  expect(sportsLens.length).toBeGreaterThan(0);
  expect(sportsLens.every((l) => l.commune === 'lens' && l.domaine === 'F')).toBe(true);
  await expect(etat).toHaveText(`${sportsLens.length} équipements affichés sur ${equipements.size}.`);

  await filtre.getByRole('button', { name: 'Tout afficher' }).click();
  await expect(etat).toHaveText(`${equipements.size} équipements affichés.`);
  // A domain link of the jump list sets the domain list.
  await page.getByRole('navigation', { name: "Communes et domaines de l'index" }).getByRole('link', { name: 'Santé et action sociale' }).click();
  await expect(filtre.getByLabel('Domaine')).toHaveValue('D');
  await expect(etat).toHaveText(`${parDomaine('D')} équipements affichés sur ${equipements.size}.`);
});

test('une adresse /equipements/#eq-… partagée avant que les équipements aient leur ligne sur la page de leur commune arrive encore sur l’équipement', async ({ page }) => {
  const [id] = [...equipements.keys()].sort();
  await page.goto(`equipements/#eq-${id}`);
  await expect(page.locator(`#eq-${id}`)).toBeInViewport();
});

test('l’index tient en 20 000 px à 375 px et montre plus de 20 équipements par écran à 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('equipements/');
  const hauteur = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(hauteur).toBeLessThanOrEqual(20_000);

  await page.setViewportSize({ width: 1280, height: 900 });
  // Items per screen over the list itself, from the first commune to the last équipement.
  const { items, etendue } = await page.evaluate(() => {
    const lis = [...document.querySelectorAll('.liste-equipements > li')];
    const debut = document.querySelector('section.commune-index')!.getBoundingClientRect().top;
    return { items: lis.length, etendue: Math.max(...lis.map((li) => li.getBoundingClientRect().bottom)) - debut };
  });
  expect((items * 900) / etendue).toBeGreaterThanOrEqual(20);
});

test('le script du filtre est un fichier servi par le site, pas un script en ligne (CSP)', () => {
  const html = readFileSync(resolve(dist, 'equipements/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributs, corps] of scripts) {
    expect(attributs).toMatch(/\bsrc="/);
    expect(corps!.trim()).toBe('');
  }
});
