// npm run bench [-- N1 N2 … --runs=K --query=mot --seed=S --no-browser --keep --generate-only --json=fichier]:
// for each N (21, 150, 500, 1500 by default), writes N synthetic quartiers (same shape and size as the real fiches,
// seeded, real INSEE communes) into a temporary content folder, runs the full build (scripts/build.ts) on them,
// and prints a markdown table of time, memory and weights, the per-fiche cost and the budget checks.
// Nothing is written into content/ or dist/. See docs/benchmarks.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { normaliserBase } from '../src/site.config.ts';
import { mulberry32 } from '../src/lib/hasard.ts';

const RACINE = resolve(import.meta.dirname, '..');
const TIME = '/usr/bin/time';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KO = 1024;
const BUDGET_FICHE = 30 * KO;
const BUDGET_RECHERCHE = 150 * KO;
const OBJECTIF_SECONDES_1500 = 60;
const OBJECTIF_MEMOIRE = 1.5 * 1024 ** 3;
const OBJECTIF_RATIO = 1.5;

// ---------------------------------------------------------------- arguments

interface Options {
  tailles: number[];
  essais: number;
  requete: string;
  navigateur: boolean;
  garder: boolean;
  /** Only write the fiches (kept), for profiling a phase by hand. */
  genererSeulement: boolean;
  graine: number;
  json?: string;
}

function lireOptions(argv: string[]): Options {
  const o: Options = { tailles: [], essais: 1, requete: 'école', navigateur: true, garder: false, genererSeulement: false, graine: 20150101 };
  for (const a of argv) {
    const [cle, valeur = ''] = a.split(/=(.*)/s);
    if (/^\d+$/.test(a)) o.tailles.push(Number(a));
    else if (cle === '--runs') o.essais = Math.max(1, Number(valeur) || 1);
    else if (cle === '--query') o.requete = valeur;
    else if (cle === '--seed') o.graine = Number(valeur) || o.graine;
    else if (cle === '--json') o.json = valeur;
    else if (a === '--no-browser') o.navigateur = false;
    else if (a === '--keep') o.garder = true;
    else if (a === '--generate-only') o.genererSeulement = o.garder = true;
    else {
      console.error(`Argument inconnu : ${a}\nUsage : npm run bench -- [N…] [--runs=K] [--query=mot] [--seed=S] [--no-browser] [--keep] [--generate-only] [--json=fichier]`);
      process.exit(2);
    }
  }
  if (!o.tailles.length) o.tailles = [21, 150, 500, 1500];
  if (o.tailles.some((n) => n < 1 || n > 99_999)) {
    console.error('N doit être compris entre 1 et 99 999 (codes QP9xxxxx).');
    process.exit(2);
  }
  return o;
}

// ---------------------------------------------------------------- synthetic content

/** Seeded helpers over mulberry32, so that the same N gives the same files. */
function prng(graine: number) {
  const suivant = mulberry32(graine);
  const entier = (min: number, max: number) => min + Math.floor(suivant() * (max - min + 1));
  const choisir = <T>(liste: readonly T[]): T => liste[Math.floor(suivant() * liste.length)]!;
  const vrai = (p: number) => suivant() < p;
  return { suivant, entier, choisir, vrai };
}

const slug = (t: string) =>
  t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface CommuneRef {
  code: string;
  nom: string;
}

/** Real communes of the Nord and the Pas-de-Calais (validation checks codes against the official list), one per slug. */
function communesReelles(): CommuneRef[] {
  const require = createRequire(import.meta.url);
  const toutes = require('@etalab/decoupage-administratif/data/communes.json') as { code: string; nom: string; type: string; departement: string }[];
  const retenues = toutes.filter((c) => c.type === 'commune-actuelle' && (c.departement === '59' || c.departement === '62'));
  // Two communes with the same name (Saint-Aubin, 59 and 62) would share a page address: left out here.
  const parSlug = new Map<string, CommuneRef[]>();
  for (const c of retenues) parSlug.set(slug(c.nom), [...(parSlug.get(slug(c.nom)) ?? []), { code: c.code, nom: c.nom }]);
  return [...parSlug.values()].filter((l) => l.length === 1).map((l) => l[0]!);
}

/** Words of the real fiches' diagnostics, in order, so that generated text has their vocabulary and rhythm. */
function corpus(): string[] {
  const dossier = join(RACINE, 'content', 'quartiers');
  const mots: string[] = [];
  if (existsSync(dossier)) {
    for (const f of readdirSync(dossier).filter((x) => x.endsWith('.yaml'))) {
      const q = parse(readFileSync(join(dossier, f), 'utf8')) as { diagnostics?: { piliers?: Record<string, unknown>[] }[] };
      for (const d of q.diagnostics ?? [])
        for (const p of d.piliers ?? [])
          for (const cle of ['atouts', 'faiblesses', 'perspectives'])
            for (const t of (p[cle] as string[] | undefined) ?? []) mots.push(...t.split(/\s+/).filter(Boolean));
    }
  }
  if (mots.length < 1000) {
    const base =
      "Favoriser l'accès des habitants aux équipements sportifs et culturels du quartier, renforcer le lien social entre les générations, accompagner les familles monoparentales, développer l'insertion professionnelle des jeunes sans qualification, améliorer le cadre de vie et la tranquillité publique, requalifier les espaces publics et les logements sociaux anciens, soutenir les associations de proximité et le commerce de quartier, lutter contre le décrochage scolaire et l'isolement des personnes âgées.";
    for (let i = 0; i < 200; i++) mots.push(...base.split(/\s+/));
  }
  return mots;
}

const PRENOMS = ['Jean', 'Louis', 'Marie', 'Pierre', 'Jules', 'Émile', 'Paul', 'Victor', 'Henri', 'Léon', 'Jacques', 'Lucie', 'Georges', 'Anne', 'Marcel', 'Suzanne', 'Albert', 'Irène', 'Joseph', 'Marthe'];
const NOMS = ['Moulin', 'Jaurès', 'Curie', 'Ferry', 'Hugo', 'Zola', 'Pasteur', 'Basly', 'Lagrange', 'Vilar', 'Ferrat', 'Prévert', 'Camus', 'Dolto', 'Brassens', 'Lamendin', 'Salengro', 'Blum', 'Delory', 'Degreve', 'Langevin', 'Wallon', 'Rostand', 'Cachin', 'Thorez', 'Picasso', 'Matisse', 'Daudet', 'Verlaine', 'Rimbaud', 'Sand', 'Colette', 'Bizet', 'Ravel', 'Chopin', 'Mozart', 'Bach', 'Carnot', 'Gambetta', 'Danton'];
const LIEUX = ['Cité', 'Résidence', 'Quartier', 'Les Hauts de', 'Le Bois de', 'La Plaine de', 'Cité des', 'Faubourg', 'Le Clos de', 'Les Jardins de'];
const MOTS_LIEUX = ['Fleurs', 'Alouettes', 'Tilleuls', 'Peupliers', 'Marronniers', 'Genêts', 'Bruyères', 'Acacias', 'Sablière', 'Fosse 7', 'Fosse 9', 'Fosse 12', 'Chevalement', 'Terril', 'Marais', 'Moulin', 'Gare', 'Calvaire', 'Bois', 'Plaine'];
const VOIES = ['rue', 'avenue', 'boulevard', 'place', 'allée', 'chemin', 'impasse'];

/** [name prefix, BPE domain, BPE type when it is clear] */
const TYPES_EQUIPEMENTS: [string, string, string | undefined][] = [
  ['École maternelle', 'C', 'C101'], ['École élémentaire', 'C', 'C104'], ['École', 'C', undefined], ['Collège', 'C', 'C201'],
  ['Lycée', 'C', 'C301'], ['Lycée professionnel', 'C', 'C302'], ['Stade', 'F', 'F113'], ['Salle de sports', 'F', 'F120'],
  ['Piscine', 'F', 'F101'], ['Médiathèque', 'F', 'F307'], ['Salle des fêtes', 'F', undefined], ['Complexe sportif', 'F', undefined],
  ['Terrain multisports', 'F', 'F121'], ['City stade', 'F', undefined], ['Centre social', 'D', 'D233'], ['Crèche', 'D', 'D502'],
  ['Maison de santé', 'D', undefined], ['Relais assistantes maternelles', 'D', undefined], ['Foyer-logement', 'D', undefined],
  ['Mairie annexe', 'A', 'A129'], ['Bureau de poste', 'A', 'A206'], ['Maison des associations', 'A', undefined],
  ['Point information jeunesse', 'A', undefined], ['Commissariat', 'A', 'A101'], ['Supermarché', 'B', 'B102'],
  ['Boulangerie', 'B', 'B203'], ['Pharmacie', 'D', 'D307'], ['Arrêt de bus', 'E', undefined], ['Gare', 'E', 'E107'], ['Gîte', 'G', undefined],
];

const INDICATEURS: [id: string, libelle: string, unite: '%' | 'nombre', max: number][] = [
  ['logement-hlm', 'part de logement HLM', '%', 100],
  ['logement-location', 'part de logement en location', '%', 100],
  ['caf-prestations-plus-50', "part d'allocataires CAF dont le revenu est constitué de plus de 50% de prestations sociales", '%', 60],
  ['caf-prestations-100', "part d'allocataires CAF dont le revenu est constitué à 100% de prestations sociales", '%', 40],
  ['caf-rsa', "Part d'allocataires CAF touchant le RSA", '%', 50],
  ['caf-rsa-socle', "Part d'allocataires CAF touchant le RSA socle", '%', 40],
  ['caf-allocation-logement', "Part d'allocataires CAF percevant une allocation logement", '%', 80],
  ['caf-aides-logement', "Part d'allocataires CAF percevant des aides personnelles au logement", '%', 80],
  ['entreprises', "Nb entreprises pour 1000h par rapport à l'ensemble des QPV régionaux", 'nombre', 60],
  ['creation-entreprises', "part de création d'entreprises dans l'ensemble des QPV régionaux", '%', 40],
  ['medecins-generalistes', 'Nb médecins généralistes pour 100000h', 'nombre', 150],
  ['structures-petite-enfance', 'Nb structures petite enfance 0-2 ans pour 1000h', 'nombre', 10],
];

const PILIERS: [id: string, libelle: string][] = [
  ['cohesion-sociale', 'COHESION SOCIALE'],
  ['cadre-de-vie', 'CADRE DE VIE ET RENOUVELLEMENT URBAIN'],
  ['developpement-economique', 'DEVELOPPEMENT ECONOMIQUE ET EMPLOI'],
  ['egalite-des-chances', 'EGALITE DES CHANCES ET AXES TRANSVERSAUX'],
];

const TRANCHES: [cle: string, part: number][] = [
  ['0-3', 0.055], ['4-5', 0.03], ['6-10', 0.07], ['11-14', 0.055], ['15-17', 0.04], ['18-25', 0.1], ['25-64', 0.47], ['65-74', 0.08], ['75+', 0.1],
];

interface EquipementGenere {
  id: string;
  nom: string;
  commune: string;
  [cle: string]: unknown;
}

/** Writes N fiches QP900001… (file name: the code in lower case) into `dossier`. */
function genererQuartiers(n: number, dossier: string, graine: number): void {
  const r = prng(graine);
  const mots = corpus();
  const toutes = communesReelles();
  // Shuffle, then keep about one commune for three quartiers, as in the real agglomeration.
  for (let i = toutes.length - 1; i > 0; i--) {
    const j = Math.floor(r.suivant() * (i + 1));
    [toutes[i], toutes[j]] = [toutes[j]!, toutes[i]!];
  }
  const communes = toutes.slice(0, Math.min(toutes.length, Math.max(3, Math.ceil(n / 3))));
  const ids = new Set<string>();
  const reserveParCommune = new Map<string, { eq: EquipementGenere; usages: number }[]>();

  /** A run of real words, with the occasional OCR-like misread that makes the vocabulary grow with N. */
  const phrase = (min: number, max: number) => {
    const cible = r.entier(min, max);
    const sortie: string[] = [];
    while (sortie.length < cible) {
      const debut = r.entier(0, mots.length - 1);
      for (let k = 0; k < r.entier(3, 8) && sortie.length < cible; k++) {
        let m = mots[(debut + k) % mots.length]!;
        if (m.length > 4 && r.vrai(0.02)) {
          const p = r.entier(1, m.length - 2);
          m = m.slice(0, p) + String.fromCharCode(97 + r.entier(0, 25)) + m.slice(p + 1);
        }
        sortie.push(m);
      }
    }
    const t = sortie.join(' ');
    return t.charAt(0).toUpperCase() + t.slice(1);
  };
  const personne = () => `${r.choisir(PRENOMS)} ${r.choisir(NOMS)}`;
  const idUnique = (base: string) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  const nouvelEquipement = (commune: CommuneRef): EquipementGenere => {
    const [prefixe, domaine, type] = r.choisir(TYPES_EQUIPEMENTS);
    const nom = r.vrai(0.75) ? `${prefixe} ${r.vrai(0.5) ? personne() : r.choisir(NOMS)}` : prefixe;
    const eq: EquipementGenere = { id: idUnique(slug(`${nom} ${commune.nom}`)), nom, commune: commune.code, domaine };
    if (r.vrai(0.4)) eq['adresse'] = `${r.entier(1, 180)} ${r.choisir(VOIES)} ${personne()}`;
    if (r.vrai(0.08)) eq['nature'] = phrase(2, 5);
    if (type && r.vrai(0.6)) eq['type_bpe'] = type;
    if (r.vrai(0.03)) eq['nombre'] = r.entier(2, 6);
    if (r.vrai(0.12)) eq['elements'] = Array.from({ length: r.entier(2, 5) }, () => phrase(1, 4));
    if (r.vrai(0.2)) eq['perimetre'] = r.choisir(['dans', 'limite', 'hors']);
    if (r.vrai(0.05)) eq['en_projet'] = true;
    eq['rubrique_source'] = r.choisir(['Liste des équipements rattachés', 'Équipements structurants', 'Équipements de proximité']);
    if (r.vrai(0.05)) eq['note'] = phrase(4, 12);
    if (r.vrai(0.05)) eq['remarque'] = `Nom lu sur la carte : ${phrase(3, 8)}`;
    return eq;
  };

  mkdirSync(dossier, { recursive: true });
  for (let i = 1; i <= n; i++) {
    const code = `QP9${String(i).padStart(5, '0')}`;
    const nbCommunes = r.vrai(0.8) ? 1 : r.vrai(0.75) ? 2 : 3;
    const siennes: CommuneRef[] = [communes[(i - 1) % communes.length]!];
    while (siennes.length < Math.min(nbCommunes, communes.length)) {
      const c = r.choisir(communes);
      if (!siennes.includes(c)) siennes.push(c);
    }
    const population = r.entier(1000, 9000);
    const individus = Math.round(population * (1 + r.suivant() * 0.3));
    const tranches: Record<string, number> = {};
    let reste = individus;
    for (const [cle, part] of TRANCHES.slice(0, -1)) {
      tranches[cle] = Math.max(0, Math.round(individus * part * (0.7 + r.suivant() * 0.6)));
      reste -= tranches[cle]!;
    }
    if (reste < 0) {
      // Rare: scale the first brackets down so that the last one stays positive and the sum exact.
      tranches['25-64'] = tranches['25-64']! + reste;
      reste = 0;
    }
    tranches['75+'] = reste;

    const indicateurs = INDICATEURS.map(([id, libelle, unite, haut]) => {
      const suffixe = unite === '%' ? '%' : '';
      if (r.vrai(0.08)) {
        const min = r.entier(1, haut / 2);
        return { id, libelle, valeur: `plus de ${min}${suffixe}`, min, unite };
      }
      const pas = unite === '%' ? 5 : Math.max(1, Math.round(haut / 10));
      const min = pas * r.entier(0, Math.floor(haut / pas) - 1);
      const max = min + pas * r.entier(1, 2);
      return { id, libelle, valeur: `${min} à ${max}${suffixe}`, min, max, unite };
    });

    const diagnostics = siennes.slice(0, 2).map((c) => {
      if (r.vrai(0.08)) {
        return { commune: c.code, illisible: { page: 20 + i, remarque: 'Tableau rendu illisible par la numérisation : cellules fusionnées et texte coupé.' } };
      }
      return {
        commune: c.code,
        colonnes_source: ['Piliers', 'Atouts', 'Faiblesses', 'Perspectives sur la durée du Contrat'],
        piliers: PILIERS.map(([pilier, libelle]) => ({
          pilier,
          libelle_source: libelle,
          atouts: Array.from({ length: r.entier(2, 10) }, () => phrase(4, 24)),
          faiblesses: Array.from({ length: r.entier(2, 10) }, () => phrase(4, 24)),
          perspectives: Array.from({ length: r.entier(2, 10) }, () => phrase(4, 24)),
          ...(r.vrai(0.15) ? { remarque: `Cellule coupée en deux pages : ${phrase(4, 12)}` } : {}),
        })),
      };
    });

    // 20 to 60 équipements; about one in five is shared with other quartiers of the same commune (same id, name, commune).
    const equipements: EquipementGenere[] = [];
    const pris = new Set<string>();
    for (let k = 0, total = r.entier(20, 60); k < total; k++) {
      const commune = r.vrai(0.85) ? siennes[0]! : r.choisir(siennes);
      const reserve = reserveParCommune.get(commune.code) ?? [];
      reserveParCommune.set(commune.code, reserve);
      let eq: EquipementGenere | undefined;
      if (r.vrai(0.2)) {
        const libres = reserve.filter((x) => x.usages < 4 && !pris.has(x.eq.id));
        if (libres.length && r.vrai(0.7)) {
          const x = r.choisir(libres);
          x.usages++;
          eq = x.eq;
        } else {
          eq = nouvelEquipement(commune);
          reserve.push({ eq, usages: 1 });
        }
      } else eq = nouvelEquipement(commune);
      pris.add(eq.id);
      equipements.push(eq);
    }

    const fiche = {
      code,
      nom: r.vrai(0.5) ? `${r.choisir(LIEUX)} ${r.choisir(MOTS_LIEUX)}` : `${r.choisir(LIEUX)} ${r.choisir(NOMS)}`,
      communes: siennes.map((c) => c.code),
      communes_source: siennes.map((c) => c.nom).join(' / '),
      population,
      revenu_fiscal_median: r.entier(70, 140) * 100,
      npnru: r.vrai(0.25),
      source: { document: 'contrat-de-ville-2015-2020', page: 20 + i, titre: `${code} - synthétique` },
      carroyage: { individus_menages: individus, tranches },
      indicateurs,
      diagnostics,
      equipements,
      remarques: Array.from({ length: r.entier(1, 3) }, () => ({ remarque: `Fiche synthétique de banc d'essai : ${phrase(6, 20)}` })),
    };
    const texte = `# Fiche synthétique (npm run bench), graine ${graine}.\n${stringify(fiche, { lineWidth: 0 })}`;
    writeFileSync(join(dossier, `${code.toLowerCase()}.yaml`), texte);
  }
}

// ---------------------------------------------------------------- measuring a build

interface Mesure {
  murS: number;
  /** Largest single process (GNU time's maximum resident set size), in bytes. */
  rssMax?: number;
  /** Sum of the RSS of the build's process tree at its highest sample, in bytes. */
  rssArbre: number;
  /**
   * User + system CPU time of every process of the build (sampled from /proc, so the Pagefind binary counts too,
   * which GNU time misses), in seconds: less sensitive than wall time to a busy machine.
   */
  cpuS: number;
  /** CPU used by other processes of the machine during the build, in cores (0 to 2 here): above ~0.3, wall times are inflated. */
  autres: number;
  /** Peak RSS of each kind of process of the build (astro, pagefind, build.ts), in bytes. */
  rssParSorte: Record<string, number>;
  phases: { validation: number; astro: number; indexation: number };
  journal: string;
}

interface ProcInfo {
  ppid: number;
  rss: number;
  /** utime + stime, in clock ticks. */
  cpu: number;
}
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

const PAGE = 4096;
function lireProc(): Map<number, ProcInfo> {
  const procs = new Map<number, ProcInfo>();
  for (const nom of readdirSync('/proc')) {
    if (!/^\d+$/.test(nom)) continue;
    try {
      const stat = readFileSync(`/proc/${nom}/stat`, 'utf8');
      const champs = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(nom), { ppid: Number(champs[1]), rss: Number(champs[21]) * PAGE, cpu: Number(champs[11]) + Number(champs[12]) });
    } catch {
      // the process ended while we read it
    }
  }
  return procs;
}

function descendants(racine: number, procs: Map<number, ProcInfo>): number[] {
  const enfants = new Map<number, number[]>();
  for (const [pid, p] of procs) enfants.set(p.ppid, [...(enfants.get(p.ppid) ?? []), pid]);
  const sortie: number[] = [];
  const pile = [racine];
  while (pile.length) {
    const pid = pile.pop()!;
    if (!procs.has(pid)) continue;
    sortie.push(pid);
    pile.push(...(enfants.get(pid) ?? []));
  }
  return sortie;
}

// Read at every sample, never cached: a child shows its parent's command line until it has exec'd, and pids are reused.
function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Busy time of the whole machine, in clock ticks (user, nice, system, irq, softirq, steal of /proc/stat). */
function cpuMachine(): number {
  const champs = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return [0, 1, 2, 5, 6, 7].reduce((s, i) => s + (champs[i] ?? 0), 0);
}

function sorte(pid: number): string {
  const c = cmdline(pid);
  if (c.includes('astro.mjs')) return 'astro';
  if (c.includes('scripts/build.ts')) return 'build.ts';
  if (/pagefind/.test(c)) return 'pagefind';
  return 'autres';
}

async function construire(contenu: string, dist: string, travail: string): Promise<Mesure> {
  rmSync(dist, { recursive: true, force: true });
  const avecTime = existsSync(TIME);
  const fichierTime = join(travail, 'time.txt');
  const commande = avecTime
    ? [TIME, ['-v', '-o', fichierTime, process.execPath, 'scripts/build.ts']]
    : [process.execPath, ['scripts/build.ts']];
  const env = { ...process.env, CONTENT_DIR: contenu, DIST_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' };
  const debut = performance.now();
  const enfant = spawn(commande[0] as string, commande[1] as string[], { cwd: RACINE, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let journal = '';
  enfant.stdout.on('data', (d) => (journal += d));
  enfant.stderr.on('data', (d) => (journal += d));

  let rssArbre = 0;
  const rssParSorte: Record<string, number> = {};
  const cpuDebut = cpuMachine();
  const cpuParPid = new Map<number, number>();
  let astroDebut: number | undefined;
  let astroFin: number | undefined;
  const echantillon = () => {
    if (enfant.pid === undefined) return;
    const procs = lireProc();
    const arbre = descendants(enfant.pid, procs);
    rssArbre = Math.max(rssArbre, arbre.reduce((s, pid) => s + (procs.get(pid)?.rss ?? 0), 0));
    const parSorte: Record<string, number> = {};
    for (const pid of arbre) parSorte[sorte(pid)] = (parSorte[sorte(pid)] ?? 0) + (procs.get(pid)?.rss ?? 0);
    for (const [k, v] of Object.entries(parSorte)) rssParSorte[k] = Math.max(rssParSorte[k] ?? 0, v);
    for (const pid of arbre) cpuParPid.set(pid, Math.max(cpuParPid.get(pid) ?? 0, procs.get(pid)?.cpu ?? 0));
    const t = performance.now() - debut;
    if (arbre.some((pid) => cmdline(pid).includes('astro.mjs'))) {
      astroDebut ??= t;
      astroFin = t;
    }
  };
  const minuterie = setInterval(echantillon, 50);
  const code = await new Promise<number | null>((ok) => enfant.on('close', ok));
  clearInterval(minuterie);
  const murMs = performance.now() - debut;
  if (code !== 0) throw new Error(`la construction a échoué (code ${code}) :\n${journal.slice(-4000)}`);

  // GNU time's figure is the largest process it waited for: the Pagefind binary, never reaped by its Node API, is not in it.
  let rssMax: number | undefined;
  if (avecTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(fichierTime, 'utf8'));
    if (m) rssMax = Number(m[1]) * 1024;
  }
  const cpuS = [...cpuParPid.values()].reduce((a, b) => a + b, 0) / TICKS;
  const autres = Math.max(0, (cpuMachine() - cpuDebut) / TICKS - cpuS) / (murMs / 1000);
  const a0 = astroDebut ?? 0;
  const a1 = astroFin ?? a0;
  return {
    murS: murMs / 1000,
    ...(rssMax !== undefined ? { rssMax } : {}),
    cpuS,
    rssArbre,
    autres,
    rssParSorte,
    phases: { validation: a0 / 1000, astro: (a1 - a0) / 1000, indexation: (murMs - a1) / 1000 },
    journal,
  };
}

// ---------------------------------------------------------------- measuring the output

function fichiers(dossier: string): string[] {
  const sortie: string[] = [];
  for (const e of readdirSync(dossier, { withFileTypes: true })) {
    const chemin = join(dossier, e.name);
    if (e.isDirectory()) sortie.push(...fichiers(chemin));
    else sortie.push(chemin);
  }
  return sortie;
}

const taille = (chemins: string[]) => chemins.reduce((s, f) => s + statSync(f).size, 0);

/** What a server sends: Pagefind's files are already gzipped (sent as they are), the rest is gzipped on the way. */
function poidsCompresse(fichier: string): number {
  const octets = readFileSync(fichier);
  if (octets[0] === 0x1f && octets[1] === 0x8b) return octets.byteLength;
  return gzipSync(octets).byteLength;
}

interface Sortie {
  pagesHtml: number;
  fichesIndexees?: number;
  enregistrements?: number;
  distOctets: number;
  distFichiers: number;
  pagefindOctets: number;
  pagefindFichiers: number;
  ficheMoyenne: number;
  ficheMax: number;
  ficheJs: number;
  ficheScripts: number;
}

function mesurerSortie(dist: string, base: string, journal: string): Sortie {
  const tous = fichiers(dist);
  const pagefind = fichiers(join(dist, 'pagefind'));
  const fiches = readdirSync(join(dist, 'quartiers'))
    .map((d) => join(dist, 'quartiers', d, 'index.html'))
    .filter((f) => existsSync(f));
  const versFichier = (href: string) => join(dist, href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, ''));
  const cache = new Map<string, number>();
  const compresse = (f: string) => {
    let n = cache.get(f);
    if (n === undefined) cache.set(f, (n = poidsCompresse(f)));
    return n;
  };
  let somme = 0;
  let max = 0;
  let js = 0;
  let scripts = 0;
  for (const f of fiches) {
    const html = readFileSync(f, 'utf8');
    let poids = gzipSync(html).byteLength;
    for (const m of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
      const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
      if (href) poids += compresse(versFichier(href));
    }
    for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
      scripts++;
      const src = /\bsrc="([^"]+)"/.exec(m[1] ?? '')?.[1];
      if (src && existsSync(versFichier(src))) js += statSync(versFichier(src)).size;
    }
    somme += poids;
    max = Math.max(max, poids);
  }
  const indexe = /Recherche : (\d+) pages et (\d+) enregistrements/.exec(journal);
  return {
    pagesHtml: tous.filter((f) => f.endsWith('.html')).length,
    ...(indexe ? { fichesIndexees: Number(indexe[1]), enregistrements: Number(indexe[2]) } : {}),
    distOctets: taille(tous),
    distFichiers: tous.length,
    pagefindOctets: taille(pagefind),
    pagefindFichiers: pagefind.length,
    ficheMoyenne: fiches.length ? somme / fiches.length : 0,
    ficheMax: max,
    ficheJs: fiches.length ? js / fiches.length : 0,
    ficheScripts: fiches.length ? scripts / fiches.length : 0,
  };
}

interface Recherche {
  methode: 'navigateur' | 'estimation';
  octets: number;
  requetes: number;
  resultats?: string;
  detail: Record<string, number>;
  /** Every file fetched, with its compressed weight. */
  fichiers: Record<string, number>;
}

function categorie(chemin: string): string {
  if (chemin.endsWith('.html') || chemin.endsWith('/')) return 'html';
  if (chemin.endsWith('.css')) return 'css';
  if (chemin.includes('/pagefind/index/')) return 'index';
  if (chemin.includes('/pagefind/filter/')) return 'filtres';
  if (chemin.includes('/pagefind/fragment/')) return 'fragments';
  if (chemin.endsWith('.pagefind')) return 'wasm';
  if (chemin.endsWith('.pf_meta') || chemin.endsWith('pagefind-entry.json')) return 'meta';
  if (chemin.endsWith('.js')) return 'js';
  return 'autre';
}

/** Static estimate (no fragments): pagefind.js and its worker + entry + wasm + meta + the largest index chunk + every filter chunk + the page, its CSS and script. */
function estimerRecherche(dist: string): Recherche {
  const pf = join(dist, 'pagefind');
  const entree = JSON.parse(readFileSync(join(pf, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
  const langue = Object.values(entree.languages)[0]!;
  const html = readFileSync(join(dist, 'recherche', 'index.html'), 'utf8');
  const liens = [...html.matchAll(/(?:href|src)="\/?([^"]+\.(?:css|js))"/g)].map((m) => join(dist, m[1]!)).filter((f) => existsSync(f));
  const index = readdirSync(join(pf, 'index')).map((f) => join(pf, 'index', f));
  const plusGros = index.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const liste = [
    join(dist, 'recherche', 'index.html'),
    ...liens,
    join(pf, 'pagefind.js'),
    ...(existsSync(join(pf, 'pagefind-worker.js')) ? [join(pf, 'pagefind-worker.js')] : []),
    join(pf, 'pagefind-entry.json'),
    join(pf, `wasm.${langue.wasm ?? 'unknown'}.pagefind`),
    join(pf, `pagefind.${langue.hash}.pf_meta`),
    ...(plusGros ? [plusGros] : []),
    ...readdirSync(join(pf, 'filter')).map((f) => join(pf, 'filter', f)),
  ];
  const detail: Record<string, number> = {};
  const poids: Record<string, number> = {};
  for (const f of liste) {
    const chemin = f.slice(dist.length);
    poids[chemin] = poidsCompresse(f);
    detail[categorie(chemin)] = (detail[categorie(chemin)] ?? 0) + poids[chemin]!;
  }
  return { methode: 'estimation', octets: Object.values(detail).reduce((a, b) => a + b, 0), requetes: liste.length, detail, fichiers: poids };
}

async function portLibre(): Promise<number> {
  return new Promise((ok, ko) => {
    const s = createServer();
    s.on('error', ko);
    s.listen(0, '127.0.0.1', () => {
      const adresse = s.address();
      s.close(() => (typeof adresse === 'object' && adresse ? ok(adresse.port) : ko(new Error('pas de port'))));
    });
  });
}

/** Loads /recherche/?q=… in headless Chromium, waits for the results, and weighs every file the page fetched. */
async function mesurerRecherche(dist: string, base: string, requete: string): Promise<Recherche> {
  const { chromium } = await import('playwright-core');
  const port = await portLibre();
  const serveur: ChildProcess = spawn(process.execPath, ['scripts/preview.ts'], {
    cwd: RACINE,
    env: { ...process.env, DIST_DIR: dist, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await new Promise<void>((ok, ko) => {
      const delai = setTimeout(() => ko(new Error('le serveur de prévisualisation ne démarre pas')), 20_000);
      serveur.stdout!.on('data', (d) => String(d).includes('Site servi') && (clearTimeout(delai), ok()));
      serveur.on('exit', (c) => ko(new Error(`le serveur s'est arrêté (code ${c})`)));
    });
    const navigateur = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
    try {
      const page = await navigateur.newPage();
      const urls: string[] = [];
      page.on('requestfinished', (req) => urls.push(req.url()));
      await page.goto(`http://127.0.0.1:${port}${base}recherche/?q=${encodeURIComponent(requete)}`);
      await page.waitForFunction(() => /résultat/i.test(document.getElementById('etat')?.textContent ?? ''), null, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const resultats = (await page.textContent('#etat'))?.trim() ?? '';
      const detail: Record<string, number> = {};
      const poids: Record<string, number> = {};
      let requetes = 0;
      for (const u of new Set(urls)) {
        const chemin = decodeURIComponent(new URL(u).pathname);
        let f = join(dist, chemin.slice(base.length));
        if (chemin.endsWith('/')) f = join(f, 'index.html');
        if (!existsSync(f) || !statSync(f).isFile()) continue;
        requetes++;
        poids[chemin] = poidsCompresse(f);
        detail[categorie(chemin)] = (detail[categorie(chemin)] ?? 0) + poids[chemin]!;
      }
      return { methode: 'navigateur', octets: Object.values(detail).reduce((a, b) => a + b, 0), requetes, resultats, detail, fichiers: poids };
    } finally {
      await navigateur.close();
    }
  } finally {
    serveur.kill();
  }
}

// ---------------------------------------------------------------- report

interface Ligne {
  n: number;
  mesures: Mesure[];
  mur: number;
  cpu: number;
  autres: number;
  rssParSorte: Record<string, number>;
  rssMax?: number;
  rssArbre: number;
  phases: Mesure['phases'];
  sortie: Sortie;
  recherche: Recherche;
}

const mediane = (v: number[]) => {
  const t = [...v].sort((a, b) => a - b);
  const m = Math.floor(t.length / 2);
  return t.length % 2 ? t[m]! : (t[m - 1]! + t[m]!) / 2;
};
const ko = (o: number) => `${(o / KO).toFixed(1)} KB`;
const mo = (o: number) => `${(o / 1024 ** 2).toFixed(o < 10 * 1024 ** 2 ? 1 : 0)} MB`;
const s = (x: number) => `${x.toFixed(1)} s`;
const ms = (x: number) => `${(x * 1000).toFixed(0)} ms`;

function rapport(lignes: Ligne[], o: Options): string {
  const l: string[] = [];
  const plusieurs = o.essais > 1;
  l.push(`Banc d'essai : ${lignes.map((x) => x.n).join(', ')} quartiers synthétiques, ${o.essais} construction(s) par taille${plusieurs ? ' (médiane)' : ''}, Node ${process.version}, requête « ${o.requete} ».`, '');
  l.push('| N | temps total | par fiche | temps CPU (arbre) | mémoire max (arbre de processus) | max RSS (GNU time, sans Pagefind) | pages HTML | dist/ | fichiers | index de recherche | fiche (gzip, HTML + CSS) | JS d\'une fiche | 1re recherche (gzip) |');
  l.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const x of lignes) {
    const murs = plusieurs ? ` (${x.mesures.map((m) => m.murS.toFixed(1)).join(' / ')})` : '';
    l.push(
      `| ${x.n} | ${s(x.mur)}${murs} | ${ms(x.mur / x.n)} | ${s(x.cpu)} | ${mo(x.rssArbre)} | ${x.rssMax !== undefined ? mo(x.rssMax) : 'n/d'} | ${x.sortie.pagesHtml} | ${mo(x.sortie.distOctets)} | ${x.sortie.distFichiers} | ${mo(x.sortie.pagefindOctets)} (${x.sortie.pagefindFichiers} fichiers) | ${ko(x.sortie.ficheMoyenne)} (max ${ko(x.sortie.ficheMax)}) | ${x.sortie.ficheJs} o | ${ko(x.recherche.octets)} (${x.recherche.requetes} req., ${x.recherche.methode}) |`,
    );
  }
  l.push('', 'Phases (médiane ; échantillonnage toutes les 50 ms du processus astro) :', '');
  l.push('| N | validation (build.ts) | astro build | Pagefind + bascule | mémoire max par processus | autres processus (cœurs) | enregistrements de recherche | détail de la 1re recherche |');
  l.push('|---:|---:|---:|---:|---|---:|---:|---|');
  for (const x of lignes) {
    const detail = Object.entries(x.recherche.detail).sort(([, a], [, b]) => b - a).map(([k, v]) => `${k} ${ko(v)}`).join(', ');
    l.push(`| ${x.n} | ${s(x.phases.validation)} | ${s(x.phases.astro)} | ${s(x.phases.indexation)} | ${Object.entries(x.rssParSorte).filter(([k]) => k !== 'autres').map(([k, v]) => `${k} ${mo(v)}`).join(', ')} | ${x.autres.toFixed(2)} | ${x.sortie.enregistrements ?? 'n/d'} | ${detail}${x.recherche.resultats ? ` ; « ${x.recherche.resultats} »` : ''} |`);
  }
  l.push('', 'Croissance :', '');
  const ref = lignes.find((x) => x.n === 150);
  for (let i = 0; i < lignes.length; i++) {
    const x = lignes[i]!;
    const p = lignes[i - 1];
    const marginal = p ? `, coût marginal ${ms((x.mur - p.mur) / (x.n - p.n))} par fiche de ${p.n} à ${x.n}` : '';
    const ratio = ref && x !== ref ? `, ${(x.mur / x.n / (ref.mur / ref.n)).toFixed(2)}× le temps par fiche à 150` : '';
    l.push(`- N = ${x.n} : ${ms(x.mur / x.n)} par fiche${marginal}${ratio}.`);
  }
  const grand = lignes.find((x) => x.n === 1500);
  if (grand && ref) l.push('', `Rapport temps par fiche (1500) / temps par fiche (150) : ${(grand.mur / 1500 / (ref.mur / 150)).toFixed(2)}.`);

  l.push('', 'Budgets et objectifs :', '');
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const pire = (f: (x: Ligne) => number) => Math.max(...lignes.map(f));
  l.push(`- ${verdict(pire((x) => x.sortie.ficheMoyenne) <= BUDGET_FICHE)} fiche <= 30 KB compressée (moyenne la plus haute : ${ko(pire((x) => x.sortie.ficheMoyenne))}, pire fiche : ${ko(pire((x) => x.sortie.ficheMax))})`);
  l.push(`- ${verdict(pire((x) => x.sortie.ficheJs + x.sortie.ficheScripts) === 0)} aucun JavaScript sur une fiche (${pire((x) => x.sortie.ficheScripts)} balise(s) <script> par fiche, ${pire((x) => x.sortie.ficheJs)} o)`);
  l.push(`- ${verdict(pire((x) => x.recherche.octets) <= BUDGET_RECHERCHE)} première recherche <= 150 KB compressés (pire : ${ko(pire((x) => x.recherche.octets))}, N = ${lignes.reduce((a, b) => (b.recherche.octets > a.recherche.octets ? b : a)).n})`);
  if (grand) {
    l.push(`- ${verdict(grand.mur < OBJECTIF_SECONDES_1500)} 1500 fiches en moins de 60 s (${s(grand.mur)})`);
    if (ref) {
      const r = grand.mur / 1500 / (ref.mur / 150);
      l.push(`- ${verdict(r <= OBJECTIF_RATIO)} temps par fiche à 1500 <= 1,5 × celui à 150 (${r.toFixed(2)})`);
    }
  }
  const memoire = pire((x) => Math.max(x.rssArbre, x.rssMax ?? 0));
  l.push(`- ${verdict(memoire < OBJECTIF_MEMOIRE)} mémoire max < 1,5 GB (arbre de processus : ${mo(pire((x) => x.rssArbre))}${lignes.some((x) => x.rssMax !== undefined) ? `, plus gros processus vu par GNU time : ${mo(pire((x) => x.rssMax ?? 0))}` : ''})`);
  return l.join('\n');
}

// ---------------------------------------------------------------- main

const o = lireOptions(process.argv.slice(2));
const base = normaliserBase(process.env.BASE_PATH);
const travail = mkdtempSync(join(tmpdir(), 'qpv-bench-'));
const lignes: Ligne[] = [];
try {
  for (const n of o.tailles) {
    const dossier = join(travail, String(n));
    const contenu = join(dossier, 'content');
    const dist = join(dossier, 'dist');
    const t0 = performance.now();
    genererQuartiers(n, join(contenu, 'quartiers'), o.graine);
    console.error(`N = ${n} : ${n} fiches générées (${ko(taille(fichiers(join(contenu, 'quartiers'))) / n)} en moyenne) en ${ms((performance.now() - t0) / 1000)}.`);
    if (o.genererSeulement) continue;
    const mesures: Mesure[] = [];
    for (let k = 0; k < o.essais; k++) {
      const m = await construire(contenu, dist, dossier);
      console.error(`  construction ${k + 1}/${o.essais} : ${s(m.murS)} (CPU ${s(m.cpuS)}), autres processus ${m.autres.toFixed(2)} cœur, arbre ${mo(m.rssArbre)}${m.rssMax ? `, GNU time ${mo(m.rssMax)}` : ''} [${Object.entries(m.rssParSorte).map(([k, v]) => `${k} ${mo(v)}`).join(', ')}] (validation ${s(m.phases.validation)}, astro ${s(m.phases.astro)}, pagefind ${s(m.phases.indexation)})`);
      mesures.push(m);
    }
    const sortie = mesurerSortie(dist, base, mesures.at(-1)!.journal);
    let recherche: Recherche;
    if (o.navigateur && existsSync(CHROMIUM)) {
      try {
        recherche = await mesurerRecherche(dist, base, o.requete);
      } catch (err) {
        console.error(`  navigateur indisponible (${(err as Error).message.split('\n')[0]}) : estimation statique.`);
        recherche = estimerRecherche(dist);
      }
    } else recherche = estimerRecherche(dist);
    const rss = mesures.map((m) => m.rssMax).filter((x): x is number => x !== undefined);
    lignes.push({
      n,
      mesures,
      mur: mediane(mesures.map((m) => m.murS)),
      cpu: mediane(mesures.map((m) => m.cpuS)),
      autres: Math.max(...mesures.map((m) => m.autres)),
      rssParSorte: Object.fromEntries(Object.keys(mesures[0]!.rssParSorte).map((k) => [k, mediane(mesures.map((m) => m.rssParSorte[k] ?? 0))])),
      ...(rss.length ? { rssMax: mediane(rss) } : {}),
      rssArbre: mediane(mesures.map((m) => m.rssArbre)),
      phases: {
        validation: mediane(mesures.map((m) => m.phases.validation)),
        astro: mediane(mesures.map((m) => m.phases.astro)),
        indexation: mediane(mesures.map((m) => m.phases.indexation)),
      },
      sortie,
      recherche,
    });
    if (!o.garder) rmSync(dossier, { recursive: true, force: true });
  }
} finally {
  if (!o.garder) rmSync(travail, { recursive: true, force: true });
  else console.error(`Dossiers gardés dans ${travail}`);
}
if (o.genererSeulement) process.exit(0);
const texte = rapport(lignes, o);
console.log(texte);
if (o.json) writeFileSync(o.json, JSON.stringify(lignes.map(({ mesures, ...x }) => ({ ...x, essais: mesures.map(({ journal, ...m }) => m) })), null, 2));
