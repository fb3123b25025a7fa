// The fiche's model comes from territoire.yaml: no code of src/ names the 2015 piliers, the kit CGET or the carroyage
// (only the schemas' descriptions may cite them as examples), and the scan's words (OCR) only where the territory
// declares a scanned source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fichiers, RACINE_PROJET } from '../../build/outils.ts';

/** The code of a file, without its comments (what it says to readers and does, not why). */
const sansCommentaires = (texte: string) =>
  texte
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, '');

const MODELE_2015 = [
  /coh[ée]sion[ -]sociale/i,
  /cadre[ -]de[ -]vie[ -]et[ -]renouvellement/i,
  /d[ée]veloppement[ -][ée]conomique[ -]et[ -]emploi/i,
  /[ée]galit[ée][ -]des[ -]chances/i,
  /cohesion-sociale|cadre-de-vie|developpement-economique|egalite-des-chances/,
  /\bCGET\b/,
  // The fiche's key (q.carroyage, its type) is a name of the data; a sentence or a label naming it is not.
  /(?<![.\w])carroyage(?![\w?]*['"]?\s*[:,)}\]=;.])/i,
];
const SCAN = /\bOCR\b|reconnaissance (optique )?de caract[èe]res/i;

// The glossary's words are its own data (every entry is published only when a page or a fiche uses it).
const HORS = new Set(['src/lib/glossaire.ts', 'src/pages/glossaire.astro']);
const sources = fichiers(join(RACINE_PROJET, 'src'), '')
  .filter((f) => /\.(ts|astro|mdx|css)$/.test(f))
  .map((f) => `src/${f}`)
  .filter((f) => !f.startsWith('src/schemas/') && !HORS.has(f));

test('aucun code de src/ ne nomme les piliers de 2015, le kit CGET ou le carroyage : ils viennent de territoire.yaml', () => {
  const trouves = sources.flatMap((f) =>
    sansCommentaires(readFileSync(join(RACINE_PROJET, f), 'utf8'))
      .split('\n')
      .flatMap((ligne, i) => (MODELE_2015.some((m) => m.test(ligne)) ? [`${f}:${i + 1}: ${ligne.trim()}`] : [])),
  );
  assert.deepEqual(trouves, []);
});

test('les mots du scan (OCR) ne sont que dans les fichiers qui demandent si le territoire déclare une source scannée', () => {
  const trouves = sources.filter((f) => {
    const code = sansCommentaires(readFileSync(join(RACINE_PROJET, f), 'utf8'));
    return SCAN.test(code) && !/\b(documentScanne|unDocumentScanne)\(/.test(code);
  });
  assert.deepEqual(trouves, []);
});

test('le contrôle voit un pilier de 2015 ou le carroyage dans un texte, pas la clé carroyage des fiches', () => {
  const voit = (ligne: string) => MODELE_2015.some((m) => m.test(sansCommentaires(ligne)));
  for (const l of ['<h2>Cohésion sociale</h2>', "pilier: 'cadre-de-vie'", 'Indicateurs du kit CGET', 'd’après le carroyage INSEE', "'Carroyage'"]) assert.ok(voit(l), l);
  for (const l of ["signaler(e, ['carroyage', 'tranches'], 'texte')", 'q.carroyage?.tranches[cle]', 'carroyage: carroyage.optional(),', 'const { carroyage } = Astro.props;', "['carroyage']", '// le carroyage INSEE', 'carroyage={q.carroyage}']) {
    assert.ok(!voit(l), l);
  }
});
