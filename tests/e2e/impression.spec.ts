// Printed for a meeting: a fiche on few A4 pages, 10 pt text, a running header and page numbers, no relative URL.
// Chromium prints (page.pdf), poppler-utils reads the PDF back (pdftotext, as a reader's tool would).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const dist = process.env.DIST_DIR!;
const quartiers: { code: string; nom: string }[] = JSON.parse(readFileSync(resolve(dist, 'donnees/quartiers.json'), 'utf8')).quartiers;
const dossier = mkdtempSync(join(tmpdir(), 'impression-'));
test.afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/** Prints a page to A4 and returns its pages' text and the height of each word's box, in points. */
async function imprimer(page: Page, chemin: string) {
  await page.goto(chemin);
  const fichier = join(dossier, `${chemin.replace(/\W+/g, '-')}.pdf`);
  writeFileSync(fichier, await page.pdf({ format: 'A4' }));
  const pages = execFileSync('pdftotext', ['-layout', fichier, '-']).toString().split('\f').filter((p) => p.trim());
  const boites = execFileSync('pdftotext', ['-bbox', fichier, '-']).toString();
  const hauteurs = [...boites.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
  return { pages, hauteurs };
}

/** The most frequent word height: the body text's. A font's box is about 1.15 times its size. */
function tailleCourante(hauteurs: number[]): number {
  const comptes = new Map<number, number>();
  for (const h of hauteurs) comptes.set(Math.round(h * 10) / 10, (comptes.get(Math.round(h * 10) / 10) ?? 0) + 1);
  return [...comptes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

for (const [code, maximum] of [['QP062025', 6], ['QP062019', 8]] as const) {
  test(`${code} tient sur ${maximum} pages A4 au plus, en 10 pt, avec en-tête et numéros de page`, async ({ page }) => {
    const nom = quartiers.find((q) => q.code === code)!.nom;
    const { pages, hauteurs } = await imprimer(page, `quartiers/${code.toLowerCase()}/`);
    expect(pages.length).toBeLessThanOrEqual(maximum);
    expect(tailleCourante(hauteurs), 'corps du texte d’au moins 10 pt').toBeGreaterThanOrEqual(11);
    pages.forEach((texte, i) => {
      expect(texte, `page ${i + 1}`).toContain(`${nom} (${code})`);
      expect(texte, `page ${i + 1}`).toMatch(new RegExp(`page ${i + 1} / ${pages.length}`));
      expect(texte).toContain('Quartiers prioritaires de Lens-Liévin');
    });
    expect(pages.join('')).toMatch(/Version du \d+(er)? \p{L}+ \d{4}/u);
    expect(pages.join(''), 'aucune adresse relative après un lien').not.toContain('(/');
    // What the reader of paper cannot use is not printed: the header, the search, the jump links.
    expect(pages.join('')).not.toMatch(/Rechercher|Aller au contenu|Signaler une erreur/);
  });
}

test('aucune fiche ne dépasse 8 pages imprimées', async ({ page }) => {
  test.setTimeout(quartiers.length * 20_000);
  const longues: string[] = [];
  for (const q of quartiers) {
    await page.goto(`quartiers/${q.code.toLowerCase()}/`);
    const fichier = join(dossier, `${q.code}.pdf`);
    writeFileSync(fichier, await page.pdf({ format: 'A4' }));
    const n = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [fichier]).toString())![1]);
    if (n > 8) longues.push(`${q.code} : ${n} pages`);
  }
  expect(longues).toEqual([]);
});

test('un programme s’imprime sans colonne coupée : chaque montant est sur le papier, le total une fois', async ({ page }) => {
  const { programmes } = JSON.parse(readFileSync(resolve(dist, 'donnees/programmes.json'), 'utf8')) as { programmes: { id: string; actions?: { montant_euros: number }[] }[] };
  const tfpb = programmes.find((p) => p.id === 'tfpb-grande-residence')!;
  const { pages } = await imprimer(page, 'programmes/tfpb-grande-residence/');
  const texte = pages.join('').replace(/\s/g, ' ');
  const euros = (n: number) => `${new Intl.NumberFormat('fr-FR').format(n).replace(/\s/g, ' ')} €`;
  expect(tfpb.actions!.length).toBeGreaterThan(10);
  for (const a of tfpb.actions!) expect(texte).toContain(euros(a.montant_euros));
  expect(texte.match(/Total /g)?.length, 'le total une seule fois').toBe(1);
});

/** Lines of each PDF page (running header and footer left out), in reading order, from poppler's layout boxes. */
function lignesParPage(fichier: string): { texte: string; xMin: number; yMax: number }[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', fichier, '-']).toString();
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, hauteur, corps]) =>
    [...corps!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)]
      .map((l) => ({ texte: [...l[4]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '), xMin: Number(l[1]), yMin: Number(l[2]), yMax: Number(l[3]) }))
      .filter((l) => l.yMin > 40 && l.yMax < Number(hauteur) - 35),
  );
}

test('chaque fiche imprimée : 95 % du texte en 10 pt au moins, aucun titre en bas de page ou de colonne', async ({ page }) => {
  test.setTimeout(quartiers.length * 20_000);
  const problemes: string[] = [];
  const parts: number[] = [];
  for (const q of quartiers) {
    await page.goto(`quartiers/${q.code.toLowerCase()}/`);
    await page.emulateMedia({ media: 'print' });
    // Share of the printed characters (visible text nodes) whose font is 10 pt (13.33 px) or more.
    const { part, titres } = await page.evaluate(() => {
      let grand = 0;
      let tout = 0;
      const marcheur = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let n = marcheur.nextNode(); n; n = marcheur.nextNode()) {
        const e = n.parentElement!;
        const longueur = n.textContent!.replace(/\s/g, '').length;
        if (!longueur || !e.checkVisibility() || e.closest('[aria-hidden="true"] svg')) continue;
        tout += longueur;
        if (parseFloat(getComputedStyle(e).fontSize) >= 13.3) grand += longueur;
      }
      const titres = [...document.querySelectorAll('main :is(h2, h3, h4, h5, .rubrique)')].filter((h) => h.checkVisibility()).map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
      return { part: grand / tout, titres };
    });
    parts.push(part);
    if (part < 0.95) problemes.push(`${q.code} : ${Math.round(part * 100)} % du texte en 10 pt ou plus`);
    const fichier = join(dossier, `${q.code}-titres.pdf`);
    writeFileSync(fichier, await page.pdf({ format: 'A4' }));
    lignesParPage(fichier).forEach((lignes, p) => {
      // The last line of each column: the lowest line among those starting at about the same left edge.
      const colonnes = new Map<number, (typeof lignes)[number]>();
      for (const l of lignes) {
        const cle = [...colonnes.keys()].find((x) => Math.abs(x - l.xMin) < 12) ?? l.xMin;
        if (!colonnes.has(cle) || colonnes.get(cle)!.yMax < l.yMax) colonnes.set(cle, l);
      }
      for (const l of colonnes.values()) if (titres.includes(l.texte.trim())) problemes.push(`${q.code} page ${p + 1} : titre « ${l.texte} » en bas de colonne`);
    });
    await page.emulateMedia({ media: 'screen' });
  }
  console.log(`texte en 10 pt ou plus : de ${Math.round(Math.min(...parts) * 100)} à ${Math.round(Math.max(...parts) * 100)} %`);
  expect(problemes).toEqual([]);
});
