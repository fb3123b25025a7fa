// Helpers shared by the robustness tests: run the project's scripts as a user would, in temporary folders.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Project root: the scripts are run from here, so problems name files relative to it. */
export const RACINE = resolve(import.meta.dirname, '../../..');
/** A copy of Lens-Liévin's content: the tests that check its figures read it, never content/ (another territory's copy has its own). */
export const LENS_LIEVIN = join(RACINE, 'tests/fixtures/lens-lievin');
export const FICHES = join(LENS_LIEVIN, 'quartiers');
export const FIXTURES = join(RACINE, 'tests/fixtures');

export interface Execution {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time in milliseconds. */
  duree: number;
}

/** Runs `node scripts/<script>` from the project root with extra environment variables. */
export function executer(script: 'validate.ts' | 'build.ts', env: Record<string, string>, delaiMax = 300_000): Promise<Execution> {
  return new Promise((ok, ko) => {
    const debut = performance.now();
    const enfant = spawn(process.execPath, [join('scripts', script)], {
      cwd: RACINE,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: delaiMax,
    });
    let stdout = '';
    let stderr = '';
    enfant.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    enfant.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    enfant.on('error', ko);
    enfant.on('close', (code) => ok({ code, stdout, stderr, duree: performance.now() - debut }));
  });
}

/** Gives a content folder made by a test Lens-Liévin's territory file. */
export function avecTerritoire(racine: string): void {
  copyFileSync(join(LENS_LIEVIN, 'territoire.yaml'), join(racine, 'territoire.yaml'));
}

/** A fresh folder under the OS temporary directory. */
export function dossierTemporaire(prefixe: string): string {
  return mkdtempSync(join(tmpdir(), `robustesse-${prefixe}-`));
}

/** A stack trace line, which a user should never see for bad content. */
export const TRACE = /^\s+at .+/m;

/**
 * Runs `f` while holding a lock shared by the robustness tests that start a real Astro build.
 * When DIST_DIR is outside the project, Astro prerenders into the project's own `.astro/.prerender/`
 * and deletes it at the end: two such builds at once break each other (« Cannot find module … chunks »).
 */
export async function avecVerrouAstro<T>(f: () => Promise<T>): Promise<T> {
  const verrou = join(tmpdir(), 'robustesse-astro.verrou');
  const debut = Date.now();
  for (;;) {
    try {
      mkdirSync(verrou);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A lock left behind by a killed run is taken over after 10 minutes.
      const age = Date.now() - (statSync(verrou, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 600_000) rmSync(verrou, { recursive: true, force: true });
      if (Date.now() - debut > 900_000) throw new Error(`verrou ${verrou} toujours pris après 15 minutes`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await f();
  } finally {
    rmSync(verrou, { recursive: true, force: true });
  }
}
