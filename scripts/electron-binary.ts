/**
 * Finds the Electron executable for `npm start`, fetching it with electron's own installer when
 * it is missing. electron 45 no longer downloads its binary at install, and `electron-vite
 * preview` reads `node_modules/electron/path.txt` itself and stops with "Electron uninstall"
 * instead of fetching it, so `npm start` resolves the binary first and hands its path to
 * electron-vite through `ELECTRON_EXEC_PATH`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What to do when the desktop app cannot start for want of its binary (ends the one sentence). */
export const OFFLINE_HINT = 'run `npm run start:web` to use CSE Fieldbook in your browser instead';

/** The one sentence `npm start` prints when it cannot start Electron: why, and what to do. */
export function cannotStart(reason: string): string {
  return `The desktop app cannot start because ${reason}: ${OFFLINE_HINT}.`;
}

/** How long the first-start download may take before it is given up (about 100 MB). */
export const FETCH_TIMEOUT_MS = 15 * 60_000;

export type Located =
  | { readonly found: true; readonly path: string }
  | { readonly found: false; readonly expected: string; readonly overridden: boolean };

/** The executable's path inside electron's `dist` folder on this platform (as `install.js` names it). */
export function platformExecutable(platform: string = process.platform): string {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Where the Electron executable is, the way electron's own `index.js` looks for it:
 * `ELECTRON_EXEC_PATH` (electron-vite's variable) as given; else `ELECTRON_OVERRIDE_DIST_PATH`
 * joined with the executable's name; else `<electronDir>/dist/<path.txt>`.
 */
export function locateElectron(electronDir: string, env: NodeJS.ProcessEnv): Located {
  const exec = env.ELECTRON_EXEC_PATH;
  if (exec) return existsSync(exec) ? { found: true, path: exec } : missing(exec, true);
  const pathFile = join(electronDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable();
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, name) : join(electronDir, 'dist', name);
  if (!override && !existsSync(pathFile)) return missing(candidate, false);
  return existsSync(candidate) ? { found: true, path: candidate } : missing(candidate, !!override);
}

function missing(expected: string, overridden: boolean): Located {
  return { found: false, expected, overridden };
}

export interface FetchResult {
  readonly ok: boolean;
  /** The installer's own last words when it failed ("fetch failed", "timed out after …"). */
  readonly reason: string;
}

/**
 * Runs electron's installer (`node <electronDir>/install.js`), which downloads the binary for
 * this platform (honouring `ELECTRON_MIRROR` and electron's other variables) and writes
 * `path.txt`. Resolves when it ends or after `timeoutMs`, when it is killed; never throws.
 */
export function fetchElectron(
  electronDir: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<FetchResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, reason: `no answer within ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, reason: code === 0 ? '' : firstErrorLine(stderr, code) });
    });
  });
}

/** The first line of a stack trace ("TypeError: fetch failed"), or the exit code. */
function firstErrorLine(stderr: string, code: number | null): string {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at '));
  return line?.replace(/^\w*Error: /, '') ?? `the installer exited with ${code ?? 'a signal'}`;
}
