// npm run bench [-- N1 N2 … --runs=K --query=mot --seed=S --no-browser --keep --generate-only --json=fichier]:
// for each N (21, 150, 500, 1500 by default), writes N synthetic quartiers (same shape and size as the real fiches,
// seeded, real INSEE communes) into a temporary content folder, runs the full build (scripts/build.ts) on them,
// runs Pagefind's own CLI over the same pages, then over the pages and the build's search documents (the anchors of
// our indexing phase), and prints a markdown table of time, memory, weights and visitor timings, the per-fiche cost
// and the budget checks.
// Nothing is written into content/ or dist/, and nothing is deleted before the end (see the loop). See
// docs/benchmarks.md; the parts are in scripts/bench/.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normaliserBase } from '../src/site.config.ts';
import { documentsRecherche, type DocumentRecherche } from '../src/lib/recherche/documents.ts';
import { contenuValide, modeleDe } from '../src/lib/site/donnees.ts';
import { genererQuartiers } from './bench/generateur.ts';
import { CHROMIUM, estimerRecherche, mesurerRecherche, type Recherche } from './bench/navigateur.ts';
import { lireOptions } from './bench/options.ts';
import { ancrePagefind, construire, type Mesure } from './bench/processus.ts';
import { ko, mo, ms, rapport, resumer, s, type Ligne } from './bench/rapport.ts';
import { mesurerSortie, type Sortie } from './bench/sortie.ts';

const o = lireOptions(process.argv.slice(2));
if (typeof o === 'string') {
  console.error(o);
  process.exit(2);
}
const base = normaliserBase(process.env.BASE_PATH);
const travail = mkdtempSync(join(tmpdir(), 'qpv-bench-'));
const lignes: Ligne[] = [];
try {
  for (const n of o.tailles) {
    const dossier = join(travail, String(n));
    const contenu = join(dossier, 'content');
    const t0 = performance.now();
    const ecrit = genererQuartiers(n, join(contenu, 'quartiers'), o.graine);
    console.error(`N = ${n} : ${n} fiches générées (${ko(ecrit.octets / n)} en moyenne) en ${ms((performance.now() - t0) / 1000)}.`);
    if (o.genererSeulement) continue;
    const mesures: Mesure[] = [];
    let documents: DocumentRecherche[] | undefined;
    let dist = '';
    let sortie: Sortie | undefined;
    for (let k = 0; k < o.essais; k++) {
      // Each build and each CLI run writes into a folder of its own, and nothing is deleted before the end of the bench:
      // this disk (ext4 without a journal) skips, when it creates a file, every inode freed in the last one to six
      // minutes, one by one, so that deleting the 11,000 files of a site made the next build at 1,500 fiches 4 to 8 s
      // slower (docs/benchmarks.md, « Eighth pass »).
      dist = join(dossier, `dist-${k + 1}`);
      const m = await construire(contenu, dist, dossier);
      const parSorte = Object.entries(m.rssParSorte).map(([sorte, v]) => `${sorte} ${mo(v)}`).join(', ');
      console.error(`  construction ${k + 1}/${o.essais} : ${s(m.murS)} (CPU ${s(m.cpuS)}), autres processus ${m.autres.toFixed(2)} cœur, arbre ${mo(m.rssArbre)}${m.rssMax ? `, GNU time ${mo(m.rssMax)}` : ''} [${parSorte}] (validation ${s(m.phases.validation)}, astro ${s(m.phases.astro)}, pagefind ${s(m.phases.indexation)})`);
      // Right after the build, on the same pages: Pagefind's CLI alone, the anchor of our indexing phase; then the CLI
      // over the pages and the documents the build indexes with them, made from the same content: the same input.
      // The site as the build left it, before the second CLI run writes the documents into it.
      if (k === o.essais - 1) sortie = mesurerSortie(dist, base, m.journal);
      m.ancre = await ancrePagefind(dist, join(dossier, `ancre-pages-${k + 1}`));
      console.error(`  Pagefind CLI seul : ${s(m.ancre.murS)} (CPU ${s(m.ancre.cpuS)}), ${mo(m.ancre.rss)}, ${m.ancre.pages} pages ; notre indexation : ${(m.phases.indexation / m.ancre.murS).toFixed(2)} × son temps, ${(m.rssIndexation / m.ancre.rss).toFixed(2)} × sa mémoire`);
      documents ??= [...documentsRecherche(modeleDe(contenuValide(contenu)))];
      m.ancreDocuments = await ancrePagefind(dist, join(dossier, `ancre-documents-${k + 1}`), documents);
      console.error(`  Pagefind CLI, pages et nos ${documents.length} documents : ${s(m.ancreDocuments.murS)} (CPU ${s(m.ancreDocuments.cpuS)}), ${mo(m.ancreDocuments.rss)} ; notre indexation : ${(m.phases.indexation / m.ancreDocuments.murS).toFixed(2)} × son temps, ${(m.rssIndexation / m.ancreDocuments.rss).toFixed(2)} × sa mémoire`);
      mesures.push(m);
    }
    let recherche: Recherche;
    if (o.navigateur && existsSync(CHROMIUM)) {
      // Realistic queries: a facility, a facility and a commune, a plural, a pillar's words, a quartier, a commune, a code.
      const requetesChronometrees = ['piscine', `école ${ecrit.commune}`, 'centres sociaux', 'médiathèque', 'cadre de vie', ecrit.quartier, ecrit.commune, 'QP900001'];
      const fiches = [...new Set([1, Math.ceil(n / 2), n])].map((i) => `qp9${String(i).padStart(5, '0')}`);
      try {
        recherche = await mesurerRecherche(dist, base, { requete: o.requete, requetesChronometrees, fiches });
      } catch (err) {
        console.error(`  navigateur indisponible (${(err as Error).message.split('\n')[0]}) : estimation statique.`);
        recherche = estimerRecherche(dist);
      }
    } else recherche = estimerRecherche(dist);
    lignes.push(resumer(n, mesures, sortie!, recherche));
  }
} finally {
  if (!o.garder) rmSync(travail, { recursive: true, force: true });
  else console.error(`Dossiers gardés dans ${travail}`);
}
if (!o.genererSeulement) {
  console.log(rapport(lignes, o));
  if (o.json) writeFileSync(o.json, JSON.stringify(lignes.map(({ mesures, ...x }) => ({ ...x, essais: mesures.map(({ journal, ...m }) => m) })), null, 2));
}
