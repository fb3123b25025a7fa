// Escaping: hostile texts typed into a fiche (HTML, event handlers, javascript: URLs, template syntax) must come out
// of the build as plain text in the HTML, and unchanged in the JSON and CSV downloads.
// One build of a copy of Lens-Liévin's content (one fiche trapped), shared by every test of this file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { avecVerrouAstro, dossierTemporaire, executer, LENS_LIEVIN } from './outils.ts';

const PIEGES = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{ 7*7 }}', '${7*7}'];
const PIEGE = PIEGES.join(' ');
const FICHE = 'qp062002';
const ID_PIEGE = 'equipement-piege';

/** What Astro writes for a text node: the five HTML-special characters as entities. */
const echapper = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const enRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const racine = dossierTemporaire('echappement');
const dist = join(racine, 'dist');
after(() => rmSync(racine, { recursive: true, force: true }));

before(async () => {
  const contenu = join(racine, 'content');
  cpSync(LENS_LIEVIN, contenu, { recursive: true });
  const chemin = join(contenu, 'quartiers', `${FICHE}.yaml`);
  const doc = parseDocument(readFileSync(chemin, 'utf8'));
  const atouts = doc.getIn(['diagnostics', 0, 'piliers', 0, 'atouts']);
  assert.ok(isSeq(atouts), `${FICHE} n'a plus de diagnostics[0].piliers[0].atouts : choisissez une autre fiche`);
  atouts.items.unshift(...PIEGES.map((p) => doc.createNode(p)));
  doc.addIn(['equipements'], doc.createNode({ id: ID_PIEGE, nom: PIEGE, commune: '62032', domaine: 'F', note: PIEGE }));
  doc.addIn(['remarques'], doc.createNode({ remarque: PIEGE }));
  writeFileSync(chemin, doc.toString({ lineWidth: 0 }));

  const r = await avecVerrouAstro(() => executer('build.ts', { CONTENT_DIR: contenu, DIST_DIR: dist }));
  assert.equal(r.code, 0, `la construction a échoué :\n${r.stdout}\n${r.stderr}`);
});

const lire = (chemin: string) => readFileSync(join(dist, chemin), 'utf8');
const pageFiche = () => lire(`quartiers/${FICHE}/index.html`);

function fichiersHtml(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Every start tag of a page with its attributes (quoted values may contain « > »). */
function balises(html: string): { nom: string; attributs: [string, string][] }[] {
  const BALISE = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const ATTRIBUT = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
  return [...html.matchAll(BALISE)].map((b) => ({
    nom: b[1]!.toLowerCase(),
    attributs: [...b[2]!.matchAll(ATTRIBUT)].map((a): [string, string] => [a[1]!.toLowerCase(), (a[2] ?? '').replace(/^["']|["']$/g, '')]),
  }));
}

test('la fiche affiche chaque texte piégé comme du texte, échappé', () => {
  const html = pageFiche();
  for (const p of PIEGES) {
    assert.match(html, new RegExp(`<li[^>]*>${enRegex(echapper(p))}</li>`), `élément de diagnostic ${p}`);
  }
  assert.match(html, new RegExp(`<span class="nom"[^>]*>${enRegex(echapper(PIEGE))}</span>`), 'nom de l’équipement');
  assert.match(html, new RegExp(`<span class="details"[^>]*> — [^<]*${enRegex(echapper(PIEGE))}`), 'note de l’équipement, dans ses détails');
  assert.match(html, new RegExp(`<li[^>]*>${enRegex(echapper(PIEGE))}</li>`), 'remarque');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
});

test('les gabarits {{ }} et ${} restent littéraux (pas de 49)', () => {
  const html = pageFiche();
  assert.match(html, /<li[^>]*>\{\{ 7\*7 \}\}<\/li>/);
  assert.match(html, /<li[^>]*>\$\{7\*7\}<\/li>/);
  assert.ok(html.includes('{{ 7*7 }} ${7*7}</span>'), 'nom de l’équipement');
  assert.doesNotMatch(html, /<li[^>]*>49<\/li>/);
});

test('aucune page construite ne contient de script, de gestionnaire d’évènement ni de lien javascript: injectés', () => {
  const pages = fichiersHtml(dist);
  assert.ok(pages.length > 20, `${pages.length} pages seulement`);
  let vues = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    if (html.includes('alert(1)')) vues++;
    assert.ok(!/<script>alert/i.test(html), `<script>alert brut dans ${page}`);
    for (const { nom, attributs } of balises(html)) {
      for (const [attribut, valeur] of attributs) {
        assert.ok(!attribut.startsWith('on'), `attribut ${attribut}="${valeur}" sur <${nom}> dans ${page}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribut)) {
          assert.ok(!/^\s*javascript:/i.test(valeur), `${attribut}="${valeur}" sur <${nom}> dans ${page}`);
        }
      }
      assert.ok(!(nom === 'img' && attributs.some(([a, v]) => a === 'src' && v === 'x')), `<img src=x> injecté dans ${page}`);
    }
  }
  // The fiche, the équipements index and the commune page at least show the trapped texts.
  assert.ok(vues >= 3, `textes piégés trouvés dans ${vues} page(s) seulement`);
});

interface FicheJson {
  code: string;
  diagnostics: { piliers: { atouts: string[] }[] }[];
  equipements: { id: string; nom: string; note?: string }[];
  remarques: { remarque: string }[];
}

test('le JSON téléchargeable contient les textes exacts', () => {
  const tout = JSON.parse(lire('donnees/quartiers.json')) as { quartiers: FicheJson[] };
  const fiches: [string, FicheJson | undefined][] = [
    ['donnees/quartiers.json', tout.quartiers.find((q) => q.code === FICHE.toUpperCase())],
    [`donnees/quartiers/${FICHE}.json`, JSON.parse(lire(`donnees/quartiers/${FICHE}.json`)) as FicheJson],
  ];
  for (const [fichier, q] of fiches) {
    assert.ok(q, `${FICHE} absent de ${fichier}`);
    assert.deepEqual(q.diagnostics[0]!.piliers[0]!.atouts.slice(0, PIEGES.length), PIEGES, fichier);
    const e = q.equipements.find((x) => x.id === ID_PIEGE);
    assert.equal(e?.nom, PIEGE, fichier);
    assert.equal(e?.note, PIEGE, fichier);
    assert.deepEqual(q.remarques.at(-1), { remarque: PIEGE }, fichier);
  }
});

/** RFC 4180 with « ; »: quoted cells may hold « ; », « " » (doubled) and line breaks. */
function lireCsv(texte: string): string[][] {
  const lignes: string[][] = [];
  let ligne: string[] = [];
  let cellule = '';
  let entreGuillemets = false;
  for (let i = 0; i < texte.length; i++) {
    const c = texte[i]!;
    if (entreGuillemets) {
      if (c === '"' && texte[i + 1] === '"') (cellule += '"'), i++;
      else if (c === '"') entreGuillemets = false;
      else cellule += c;
    } else if (c === '"') entreGuillemets = true;
    else if (c === ';') ligne.push(cellule), (cellule = '');
    else if (c === '\r' && texte[i + 1] === '\n') lignes.push([...ligne, cellule]), (ligne = []), (cellule = ''), i++;
    else cellule += c;
  }
  if (cellule || ligne.length) lignes.push([...ligne, cellule]);
  return lignes;
}

test('le CSV des équipements contient les textes exacts, comme du texte', () => {
  const [entete, ...lignes] = lireCsv(lire('donnees/equipements.csv').replace(/^\ufeff/, ''));
  const col = (nom: string) => entete!.indexOf(nom);
  const piege = lignes.find((l) => l[col('EQUIP_UID')] === ID_PIEGE);
  assert.ok(piege, `${ID_PIEGE} absent du CSV`);
  assert.equal(piege[col('EQUIP_NOM')], PIEGE);
  assert.equal(piege[col('note')], PIEGE);
  assert.equal(piege[col('code_quartier')], FICHE.toUpperCase());
});
