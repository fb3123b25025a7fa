// Every acronym the fiches and programmes use twice or more is explained in the glossary, listed there as uncertain,
// or named below as an ordinary word in capitals, so that a new fiche cannot bring an unexplained one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entreesDu, glossaireLu } from '../unit/glossaire-lu.ts';

/** Words in capitals in the source that are not acronyms: headings in capitals, place names, brands, OCR fragments. */
const PAS_DES_SIGLES = new Set([
  'DE', 'ET', 'DES', 'VIE', 'LENS', 'VILLE', 'LISTE', 'AVION', 'CADRE', 'EMPLOI', 'URBAIN', 'COURS', 'EN', 'SOCIAL', 'ELEU', 'DU', 'DIT',
  'SEANCE', 'JUIN', 'GRANDE', 'LES', 'PROJET', 'PAS', 'CITE', 'CALAIS', 'AU', 'VISE', 'VENT', 'TRI', 'STOP', 'SON', 'MISE', 'LOCAL', 'LIEUX',
  'LIDL', 'LE', 'LA', 'JOUR', 'GRENAY', 'ETRE', 'ES', 'DANS', 'BLUM', 'BILLY', 'BIEN', 'NO', 'NOE', 'DOJO', 'PILOTS', 'SAMÉ', 'AUSAIS', 'BASED',
  'SARIS', 'SIA', 'NB', 'PRO', 'PU',
  // The glossary has no entry of its own for the statistics institute; its words name it inside « Carroyage INSEE ».
  'INSEE',
]);

const racine = 'tests/fixtures/lens-lievin';
const textes = readdirSync(racine, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(racine, f), 'utf8').replace(/^\s*#.*$/gm, ''));

/** All-capital words of 2 to 6 letters and how often they appear in the content. */
function motsEnCapitales(): Map<string, number> {
  const compte = new Map<string, number>();
  for (const t of textes) for (const [m] of t.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu)) compte.set(m, (compte.get(m) ?? 0) + 1);
  return compte;
}

test('chaque sigle employé deux fois ou plus est expliqué, déclaré incertain ou déclaré mot ordinaire', () => {
  const definis = new Set<string>();
  // The territory's acronym (« CALL ») is explained from territoire.yaml.
  for (const e of entreesDu(racine)) {
    if (/^\p{Lu}{2,6}$/u.test(e.terme)) definis.add(e.terme);
    for (const s of e.sigles ?? []) definis.add(s);
  }
  const incertains = new Set(glossaireLu(racine).sigles_incertains.map((s) => s.sigle));
  const repetes = [...motsEnCapitales()].filter(([, n]) => n >= 2).map(([m]) => m);
  assert.ok(repetes.length > 100, `${repetes.length} mots en capitales répétés : la recherche les trouve`);
  const inexpliques = repetes.filter((m) => !definis.has(m) && !incertains.has(m) && !PAS_DES_SIGLES.has(m)).sort();
  assert.deepEqual(inexpliques, [], 'sigles à ajouter au glossaire (content/glossaire.yaml, ses entrees ou ses sigles_incertains), ou à PAS_DES_SIGLES');
  for (const s of ['CCAS', 'CAJ', 'PIJ', 'ALSH', 'PMI', 'REP', 'PLIE', 'ZAC', 'LLS', 'PLAI']) assert.ok(definis.has(s), `${s} défini`);
});

test('une liste ne contredit pas l’autre, et chaque entrée de la liste des mots ordinaires sert', () => {
  const incertains = glossaireLu(racine).sigles_incertains.map((s) => s.sigle);
  assert.equal(new Set(incertains).size, incertains.length, 'sigle incertain en double');
  for (const s of incertains) assert.ok(!PAS_DES_SIGLES.has(s), `${s} à la fois incertain et mot ordinaire`);
  const compte = motsEnCapitales();
  for (const m of PAS_DES_SIGLES) assert.ok((compte.get(m) ?? 0) >= 2, `${m} n'apparaît plus deux fois : à retirer de PAS_DES_SIGLES`);
});
