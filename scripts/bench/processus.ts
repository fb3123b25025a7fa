// Measures one run of scripts/build.ts from outside: wall time, CPU and memory of its whole process tree
// (build.ts, Astro, the Pagefind binary), sampled from /proc every 50 ms, and GNU time's figure when present.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binairePagefind, TAILLE_MORCEAUX } from '../indexer.ts';
import type { DocumentRecherche } from '../../src/lib/recherche/documents.ts';
import { ecrireDocuments, FICHIERS_DOCUMENTS } from '../../src/lib/recherche/fichiers-documents.ts';
import { RACINE } from './vocabulaire.ts';
import paquet from '../../package.json' with { type: 'json' };

const TIME = '/usr/bin/time';
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;
const PAGE = 4096;

export interface Mesure {
  murS: number;
  /** Largest single process (GNU time's maximum resident set size), in bytes. */
  rssMax?: number;
  /** Sum of the RSS of the build's process tree at its highest sample, in bytes. */
  rssArbre: number;
  /** The same once Astro has ended: the indexing phase (Pagefind, swap), compared to Pagefind's CLI. */
  rssIndexation: number;
  /**
   * User + system CPU time of every process of the build (sampled from /proc, so the Pagefind binary counts too,
   * which GNU time misses), in seconds: less sensitive than wall time to a busy machine.
   */
  cpuS: number;
  /** CPU used by other processes of the machine during the build, in cores (0 to 2 here): above ~0.3, wall times are inflated. */
  autres: number;
  /**
   * Peak RSS of each kind of process of the build (validation, astro, pagefind, build.ts), in bytes; « build.ts pendant
   * Pagefind » is what the build process still holds while the Pagefind binary runs.
   */
  rssParSorte: Record<string, number>;
  /** CPU time of each kind of process, in seconds (what each part of the build costs, whatever the load). */
  cpuParSorte: Record<string, number>;
  /** Lifetimes of the validation and Astro processes (Astro starts with the validation), then what follows Astro: Pagefind and the swap; in seconds. */
  phases: { validation: number; astro: number; indexation: number };
  journal: string;
  /** Pagefind's CLI over the same pages, run after the build. */
  ancre?: Ancre;
  /** Pagefind's CLI over the same pages and the build's search documents: the whole of the build's indexing input. */
  ancreDocuments?: Ancre;
}

interface ProcInfo {
  ppid: number;
  rss: number;
  /** utime + stime, in clock ticks. */
  cpu: number;
}

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

function sorte(commande: string): string {
  if (commande.includes('valider-pour-build.ts')) return 'validation';
  if (commande.includes('astro.mjs')) return 'astro';
  if (commande.includes('scripts/build.ts')) return 'build.ts';
  if (/pagefind/.test(commande)) return 'pagefind';
  return 'autres';
}

interface Suivi {
  murMs: number;
  code: number | null;
  journal: string;
  rssArbre: number;
  /** Highest sum of the tree's RSS once the Astro process had ended (Pagefind, build.ts), in bytes. */
  rssApresAstro: number;
  rssParSorte: Record<string, number>;
  cpuParSorte: Record<string, number>;
  autres: number;
  /** First and last sample at which each kind of process was alive, in ms from the start. */
  vie: Record<string, { debut: number; fin: number }>;
  /** Each line of the output with the time it arrived, in ms from the start. */
  lignes: [number, string][];
}

/** Runs `commande` and samples its process tree from /proc every 50 ms until it ends. */
async function suivre(commande: string, args: string[], env: NodeJS.ProcessEnv): Promise<Suivi> {
  const debut = performance.now();
  const enfant = spawn(commande, args, { cwd: RACINE, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let journal = '';
  const lignes: [number, string][] = [];
  const lire = (d: Buffer) => {
    const t = performance.now() - debut;
    journal += d;
    for (const l of String(d).split('\n')) if (l.trim()) lignes.push([t, l]);
  };
  enfant.stdout.on('data', lire);
  enfant.stderr.on('data', lire);

  let rssArbre = 0;
  let rssApresAstro = 0;
  const rssParSorte: Record<string, number> = {};
  const cpuDebut = cpuMachine();
  const cpuParPid = new Map<number, { sorte: string; cpu: number }>();
  const vie: Record<string, { debut: number; fin: number }> = {};
  // An exiting process has an empty command line but still its memory: it keeps the kind it was last seen with.
  const sorteVue = new Map<number, string>();
  const sorteDe = (pid: number) => {
    const c = cmdline(pid);
    if (c) sorteVue.set(pid, sorte(c));
    return sorteVue.get(pid) ?? 'autres';
  };
  const echantillon = () => {
    if (enfant.pid === undefined) return;
    const procs = lireProc();
    const arbre = descendants(enfant.pid, procs).map((pid) => ({ pid, sorte: sorteDe(pid), ...procs.get(pid)! }));
    const somme = arbre.reduce((s, p) => s + p.rss, 0);
    rssArbre = Math.max(rssArbre, somme);
    if (vie['astro'] && !arbre.some((p) => p.sorte === 'astro')) rssApresAstro = Math.max(rssApresAstro, somme);
    const parSorte: Record<string, number> = {};
    for (const p of arbre) parSorte[p.sorte] = (parSorte[p.sorte] ?? 0) + p.rss;
    if (parSorte['pagefind'] !== undefined && parSorte['build.ts'] !== undefined) parSorte['build.ts pendant Pagefind'] = parSorte['build.ts'];
    for (const [k, v] of Object.entries(parSorte)) rssParSorte[k] = Math.max(rssParSorte[k] ?? 0, v);
    for (const p of arbre) cpuParPid.set(p.pid, { sorte: p.sorte, cpu: Math.max(cpuParPid.get(p.pid)?.cpu ?? 0, p.cpu) });
    const t = performance.now() - debut;
    for (const p of arbre) {
      vie[p.sorte] ??= { debut: t, fin: t };
      vie[p.sorte]!.fin = t;
    }
  };
  const minuterie = setInterval(echantillon, 50);
  const code = await new Promise<number | null>((ok) => enfant.on('close', ok));
  clearInterval(minuterie);
  const murMs = performance.now() - debut;
  const cpuParSorte: Record<string, number> = {};
  for (const { sorte: k, cpu } of cpuParPid.values()) cpuParSorte[k] = (cpuParSorte[k] ?? 0) + cpu / TICKS;
  const cpuS = Object.values(cpuParSorte).reduce((a, b) => a + b, 0);
  const autres = Math.max(0, (cpuMachine() - cpuDebut) / TICKS - cpuS) / (murMs / 1000);
  return { murMs, code, journal, rssArbre, rssApresAstro, rssParSorte, cpuParSorte, autres, vie, lignes };
}

/** The Node options and script of `npm run build`, as package.json gives them: the bench measures that very command. */
const BUILD = paquet.scripts.build.split(' ').slice(1);

/** Runs the real build on `contenu` into `dist` and measures it. */
export async function construire(contenu: string, dist: string, travail: string): Promise<Mesure> {
  const avecTime = existsSync(TIME);
  const fichierTime = join(travail, 'time.txt');
  const [commande, args] = avecTime ? [TIME, ['-v', '-o', fichierTime, process.execPath, ...BUILD]] : [process.execPath, BUILD];
  const env = { ...process.env, CONTENT_DIR: contenu, DIST_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' };
  const suivi = await suivre(commande, args, env);
  if (suivi.code !== 0) throw new Error(`la construction a échoué (code ${suivi.code}) :\n${suivi.journal.slice(-4000)}`);

  // GNU time's figure is the largest single process of the tree (each one is waited for): not the tree's sum.
  let rssMax: number | undefined;
  if (avecTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(fichierTime, 'utf8'));
    if (m) rssMax = Number(m[1]) * 1024;
  }
  const { vie } = suivi;
  const duree = (sorte: string) => (vie[sorte] ? (vie[sorte].fin - vie[sorte].debut) / 1000 : 0);
  const finAstro = vie['astro']?.fin ?? 0;
  return {
    murS: suivi.murMs / 1000,
    ...(rssMax !== undefined ? { rssMax } : {}),
    cpuS: Object.values(suivi.cpuParSorte).reduce((a, b) => a + b, 0),
    rssArbre: suivi.rssArbre,
    rssIndexation: suivi.rssApresAstro,
    autres: suivi.autres,
    rssParSorte: suivi.rssParSorte,
    cpuParSorte: suivi.cpuParSorte,
    phases: { validation: duree('validation'), astro: duree('astro'), indexation: (suivi.murMs - finAstro) / 1000 },
    journal: suivi.journal,
  };
}

/** Pagefind's own CLI over the pages of `dist` (and the build's search documents), alone, into a scratch folder: the anchors our indexing phase is compared to. */
export interface Ancre {
  murS: number;
  cpuS: number;
  rss: number;
  pages: number;
  /** Pagefind's own steps (its verbose output), each with its duration in seconds. */
  etapes: [string, number][];
}

/** The folder of `dist` where the search documents are written for the CLI, as the build writes them for its own indexing. */
const DOCUMENTS_ANCRE = 'documents-ancre';

/**
 * Runs Pagefind's CLI over the built pages of `dist` (as the build indexes them: French, the same chunk size) into
 * `sortie`, a new folder. The pages already carry their glossary links. With `documents` (the search documents the
 * build writes as files for Pagefind), the CLI also reads them, written the same way (`ecrireDocuments`) in a folder of
 * `dist`: then it does Pagefind's whole work of the build, on the same input. Nothing is deleted here (see bench.ts).
 */
export async function ancrePagefind(dist: string, sortie: string, documents?: readonly DocumentRecherche[]): Promise<Ancre> {
  const dossierDocuments = join(dist, DOCUMENTS_ANCRE);
  // Its default glob takes every .html file; the documents' files have no extension, so it is given them too.
  const glob = documents ? ['--glob', `{**/*.html,${DOCUMENTS_ANCRE}/${FICHIERS_DOCUMENTS}}`] : [];
  if (documents) ecrireDocuments(dossierDocuments, documents);
  const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: TAILLE_MORCEAUX };
  const suivi = await suivre(binairePagefind(), ['--site', dist, '--output-path', sortie, '--force-language', 'fr', '--verbose', ...glob], env);
  if (suivi.code !== 0) throw new Error(`Pagefind (CLI) a échoué (code ${suivi.code}) :\n${suivi.journal.slice(-4000)}`);
  // Its steps are the verbose lines in brackets: « [Parsing files] »…; the last runs until the process ends.
  const reperes = suivi.lignes.filter(([, l]) => /^\[.+\]$/.test(l.trim()));
  const etapes = reperes.map(([t, l], i): [string, number] => [l.trim().slice(1, -1), ((reperes[i + 1]?.[0] ?? suivi.murMs) - t) / 1000]);
  return {
    murS: suivi.murMs / 1000,
    cpuS: Object.values(suivi.cpuParSorte).reduce((a, b) => a + b, 0),
    rss: suivi.rssArbre,
    pages: Number(/Indexed (\d+) pages/.exec(suivi.journal)?.[1] ?? 0),
    etapes,
  };
}
