// The diagnostic on a 375 × 812 phone, over the 21 fiches: read by scrolling down only (every text within the screen's
// width, no blank stretch over 300 px), fiches without a diagnostic table in the source say so, indicators show their base.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const dist = process.env.DIST_DIR!;
const quartiers: { code: string }[] = JSON.parse(readFileSync(resolve(dist, 'donnees/quartiers.json'), 'utf8')).quartiers;
const donnees = (code: string) => readFileSync(resolve('tests/fixtures/lens-lievin/quartiers', `${code.toLowerCase()}.yaml`), 'utf8');
const BASE = /^\s*libelle: ".*pour (1000|10000|100000)h/gm;

test.use({ viewport: { width: 375, height: 812 } });

test('diagnostic lu en défilant vers le bas seulement, sur les 21 fiches', async ({ page }) => {
  test.setTimeout(quartiers.length * 5_000);
  expect(quartiers.length).toBe(21);
  const problemes: string[] = [];
  for (const { code } of quartiers) {
    await page.goto(`quartiers/${code.toLowerCase()}/`);
    const m = await page.evaluate(() => {
      const section = document.querySelector('section[aria-labelledby="diagnostic"]')!;
      const boites = [...section.querySelectorAll('li, p, dd, td, h2, h3, h4, h5')]
        .filter((e) => e.textContent!.trim())
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.height > 0);
      const dehors = boites.filter((r) => r.left < -0.5 || r.right > innerWidth + 0.5).length;
      const defilants = [...section.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').length;
      const y = window.scrollY;
      const intervalles = boites.map((r) => [r.top + y, r.bottom + y] as const).sort((a, b) => a[0] - b[0]);
      let trou = 0;
      let bas = intervalles[0]?.[1] ?? 0;
      for (const [haut, b] of intervalles) {
        trou = Math.max(trou, haut - bas);
        bas = Math.max(bas, b);
      }
      return { dehors, defilants, trou, texte: section.textContent!, page: document.body.innerText };
    });
    if (m.dehors) problemes.push(`${code} : ${m.dehors} textes hors de l’écran`);
    if (m.defilants) problemes.push(`${code} : ${m.defilants} régions qui défilent de côté`);
    if (m.trou > 300) problemes.push(`${code} : trou de ${Math.round(m.trou)} px`);
    if (/pas encore/.test(m.texte)) problemes.push(`${code} : « pas encore » dans le diagnostic`);
    const yaml = donnees(code);
    if (/^diagnostics: \[\]/m.test(yaml)) {
      if (!/ne contient pas de tableau de diagnostic/.test(m.texte)) problemes.push(`${code} : ne dit pas que la source n’a pas de tableau`);
      if (!/Diagnostic \(aucun tableau dans la source\)/.test(m.page)) problemes.push(`${code} : le sommaire ne le dit pas`);
    }
    for (const base of new Set([...yaml.matchAll(BASE)].map((b) => Number(b[1])))) {
      const mots = `pour ${base.toLocaleString('fr-FR')} habitants`.replace(/\s/g, '\\s');
      if (!new RegExp(mots).test(m.page)) problemes.push(`${code} : base « pour ${base}h » absente de la page`);
    }
  }
  expect(problemes).toEqual([]);
});
