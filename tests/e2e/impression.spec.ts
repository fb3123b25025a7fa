// Printed for a meeting and read at arm's length: 11 pt text in a regular face, black, at most two columns, no page
// half blank, a pillar cut by a page named again at the top of the next, a running header and page numbers.
// Chromium prints (page.pdf), poppler-utils reads the PDF back (pdftotext, pdffonts, pdftoppm), as a reader's tools would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

for (const code of ['QP062025', 'QP062019']) {
  test(`${code} s’imprime en 11 pt, avec en-tête et numéros de page`, async ({ page }) => {
    const nom = quartiers.find((q) => q.code === code)!.nom;
    const { pages, hauteurs } = await imprimer(page, `quartiers/${code.toLowerCase()}/`);
    // Liberation Sans (Arial's metrics): a word's box is 1.117 times the font size, 12.3 pt at 11 pt.
    expect(tailleCourante(hauteurs), 'corps du texte d’au moins 11 pt').toBeGreaterThanOrEqual(12.2);
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

/** A fiche printed to a PDF file in the test's folder. */
async function pdfDeFiche(page: Page, code: string, suffixe: string): Promise<string> {
  await page.goto(`quartiers/${code.toLowerCase()}/`);
  const fichier = join(dossier, `${code}-${suffixe}.pdf`);
  writeFileSync(fichier, await page.pdf({ format: 'A4' }));
  return fichier;
}

/**
 * Share of each page's printable area left blank, from the page drawn at 30 dpi (pdftoppm): the area below the last ink
 * of each quarter of the width (the foot of a column or page left empty by a block pushed to the next page), plus every
 * band at least 8 mm high with no ink across the width. The gaps between lines and paragraphs are smaller and not counted.
 */
function partsBlanches(fichier: string): number[] {
  const dpi = 30;
  const mm = dpi / 25.4;
  const images = mkdtempSync(join(dossier, 'pgm-'));
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), fichier, join(images, 'p')]);
  return readdirSync(images).sort().map((f) => {
    const octets = readFileSync(join(images, f));
    const entete = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(octets.toString('latin1', 0, 40))!;
    const [l, h] = [Number(entete[1]), Number(entete[2])];
    const gris = octets.subarray(entete[0].length);
    // Inside the @page margins, the running header and the footer left out.
    const [y0, y1, x0, x1] = [Math.round(18 * mm), h - Math.round(16 * mm), Math.round(12 * mm), l - Math.round(12 * mm)];
    const encre = (y: number, a: number, b: number) => gris.subarray(y * l + a, y * l + b).some((v) => v < 200);
    const bandes = new Set<number>();
    let suite: number[] = [];
    for (let y = y0; y <= y1; y++) {
      if (y < y1 && !encre(y, x0, x1)) suite.push(y);
      else {
        if (suite.length >= 8 * mm) suite.forEach((r) => bandes.add(r));
        suite = [];
      }
    }
    let blanc = 0;
    for (let q = 0; q < 4; q++) {
      const [a, b] = [x0 + Math.round(((x1 - x0) * q) / 4), x0 + Math.round(((x1 - x0) * (q + 1)) / 4)];
      let derniere = y0 - 1;
      for (let y = y0; y < y1; y++) if (encre(y, a, b)) derniere = y;
      for (let y = y0; y < y1; y++) if (y > derniere || bandes.has(y)) blanc++;
    }
    return blanc / (4 * (y1 - y0));
  });
}

test('chaque fiche imprimée : texte en 11 pt ou plus, noir, en police de largeur normale, sur deux colonnes au plus, aucun titre en bas de page ou de colonne', async ({ page }) => {
  test.setTimeout(quartiers.length * 20_000);
  const problemes: string[] = [];
  for (const q of quartiers) {
    await page.goto(`quartiers/${q.code.toLowerCase()}/`);
    await page.emulateMedia({ media: 'print' });
    // Every printed character (visible text node; a superscript « er » aside) at 11 pt (14.67 px) or more, in black.
    const { petits, gris, colonnes, titres } = await page.evaluate(() => {
      const petits = new Set<string>();
      const gris = new Set<string>();
      const marcheur = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let n = marcheur.nextNode(); n; n = marcheur.nextNode()) {
        const e = n.parentElement!;
        const texte = n.textContent!.replace(/\s+/g, ' ').trim();
        if (!texte || !e.checkVisibility() || e.closest('sup')) continue;
        const style = getComputedStyle(e);
        if (parseFloat(style.fontSize) < 14.66) petits.add(`« ${texte.slice(0, 40)} » (${style.fontSize})`);
        const [r, v, b, a = 1] = style.color.match(/[\d.]+/g)!.map(Number);
        if (Math.max(r!, v!, b!) > 0x33 || a < 1) gris.add(`« ${texte.slice(0, 40)} » (${style.color})`);
      }
      const colonnes = [...document.querySelectorAll('main *')].flatMap((e) => {
        const s = getComputedStyle(e);
        const n = s.display.includes('grid') ? s.gridTemplateColumns.split(' ').length : s.columnCount === 'auto' ? 1 : Number(s.columnCount);
        return n > 2 ? [`${e.tagName.toLowerCase()}.${e.className} : ${n} colonnes`] : [];
      });
      const titres = [...document.querySelectorAll('main :is(h2, h3, h4, h5)')].filter((h) => h.checkVisibility()).map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
      return { petits: [...petits], gris: [...gris], colonnes, titres };
    });
    problemes.push(...petits.map((t) => `${q.code} : ${t} sous 11 pt`), ...gris.map((t) => `${q.code} : ${t} pas en noir`), ...colonnes.map((t) => `${q.code} : ${t}`));
    const fichier = join(dossier, `${q.code}-titres.pdf`);
    writeFileSync(fichier, await page.pdf({ format: 'A4' }));
    // The faces embedded in the PDF: none narrow or condensed.
    const polices = execFileSync('pdffonts', [fichier]).toString().split('\n').slice(2).map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]+\+/, '')).filter(Boolean);
    problemes.push(...polices.filter((p) => /narrow|condensed|compressed/i.test(p)).map((p) => `${q.code} : police ${p}`));
    lignesParPage(fichier).forEach((lignes, p) => {
      // The last line of each column: the lowest line among those starting at about the same left edge (a list's
      // indent of 13 pt included; the two columns are 250 pt apart).
      const colonnes = new Map<number, (typeof lignes)[number]>();
      for (const l of lignes) {
        const cle = [...colonnes.keys()].find((x) => Math.abs(x - l.xMin) < 40) ?? l.xMin;
        if (!colonnes.has(cle) || colonnes.get(cle)!.yMax < l.yMax) colonnes.set(cle, l);
      }
      for (const l of colonnes.values()) if (titres.includes(l.texte.trim())) problemes.push(`${q.code} page ${p + 1} : titre « ${l.texte} » en bas de colonne`);
    });
    await page.emulateMedia({ media: null });
  }
  expect(problemes).toEqual([]);
});

test('chaque fiche imprimée : aucune page avant la dernière blanche à plus de 25 %, un pilier continué redit son nom en haut de page', async ({ page }) => {
  test.setTimeout(quartiers.length * 20_000);
  const problemes: string[] = [];
  const comptes: string[] = [];
  for (const q of quartiers) {
    const fichier = await pdfDeFiche(page, q.code, 'pages');
    const parts = partsBlanches(fichier);
    comptes.push(`${q.code} ${parts.length}`);
    parts.slice(0, -1).forEach((part, p) => {
      if (part > 0.25) problemes.push(`${q.code} page ${p + 1} : ${Math.round(part * 100)} % de blanc`);
    });
    // Each pillar (or badly read table), found by its structure (a block under its h4 in a diagnostic table, whatever
    // its class): its name, printed as a repeated header, and the opening words of its last item. Every page after the
    // one its name is printed on, up to the one holding its last item, must name it again in its first lines.
    await page.emulateMedia({ media: 'print' });
    const blocs = await page.evaluate(() =>
      [...document.querySelectorAll('.tableau-diagnostic > div:has(> h4), .tableau-diagnostic:has(> .lignes-mal-lues)')].flatMap((b) => {
        const dernier = [...b.querySelectorAll('li')].filter((li) => !li.querySelector('li, h4')).at(-1);
        const texte = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
        return dernier ? [{ nom: texte(b.querySelector(':scope > :is(h3, h4)')!), fin: texte(dernier).slice(0, 18), enTete: getComputedStyle(b.querySelector(':scope > :is(h3, h4)')!).display }] : [];
      }),
    );
    await page.emulateMedia({ media: null });
    // The PDF's text line by line, both columns side by side (a heading's line comes before its items' lines), and
    // where each page starts in it; the names are looked for one after the other.
    const pagesTexte = execFileSync('pdftotext', ['-layout', fichier, '-']).toString().split('\f').map((t) => t.replace(/\s+/g, ' '));
    const texte = pagesTexte.join('');
    const pageDe = (position: number) => pagesTexte.findIndex((_, i) => pagesTexte.slice(0, i + 1).join('').length > position);
    const pagesHaut = execFileSync('pdftotext', ['-layout', fichier, '-']).toString().split('\f').map((t) => t.split('\n').filter((l) => l.trim()).slice(1, 3).join(' ').replace(/\s+/g, ' '));
    let curseur = 0;
    for (const b of blocs) {
      if (b.enTete !== 'table-header-group') problemes.push(`${q.code} : « ${b.nom} » n’est pas un en-tête répété à l’impression (${b.enTete})`);
      const nom = texte.indexOf(b.nom, curseur);
      const fin = texte.indexOf(b.fin, nom);
      expect(nom, `${q.code} : « ${b.nom} » imprimé`).toBeGreaterThanOrEqual(curseur);
      expect(fin, `${q.code} : « ${b.fin} » imprimé après « ${b.nom} »`).toBeGreaterThan(nom);
      for (let p = pageDe(nom) + 1; p <= pageDe(fin); p++) if (!pagesHaut[p]!.includes(b.nom)) problemes.push(`${q.code} page ${p + 1} : « ${b.nom} » continué sans son nom en haut de page`);
      curseur = fin;
    }
  }
  console.log(`pages A4 par fiche : ${comptes.join(', ')}`);
  expect(problemes).toEqual([]);
});

test('l’imprimé garde ce qui porte du sens : légende, indices des tableaux mal lus, remarques, avertissement du scan, cellules vides', async ({ page }) => {
  const texte = (fichier: string) => execFileSync('pdftotext', [fichier, '-']).toString().replace(/\s+/g, ' ');
  const grande = texte(await pdfDeFiche(page, 'QP062025', 'sens'));
  expect(grande).toContain('Textes d’un document scanné, tels que lus');
  expect(grande).toMatch(/indice : celle des atouts dans les tableaux bien lus/);
  expect(grande).toContain('Intitulés tels qu’imprimés et remarques de transcription');
  expect(grande).toContain('Remarque :');
  // The legend's keys are borders, which print (backgrounds do not): the key of « ce quartier » is drawn in black.
  await page.emulateMedia({ media: 'print' });
  const cle = await page.locator('.cle-ceci').evaluate((e) => getComputedStyle(e));
  expect(parseFloat(cle.borderTopWidth)).toBeGreaterThanOrEqual(5);
  expect(cle.borderTopColor).toBe('rgb(0, 0, 0)');
  await page.emulateMedia({ media: null });
  expect(texte(await pdfDeFiche(page, 'QP062027', 'sens'))).toContain('Cellule vide dans la source.');
});
