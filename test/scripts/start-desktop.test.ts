/**
 * `npm start` as a new user runs it, with a stand-in for the Electron executable that records how
 * it was launched (the real binary cannot be downloaded here). Every run is bounded: a child that
 * outlives its limit is killed and the test fails instead of hanging.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A Node script standing in for Electron: writes its arguments, folder and variables to `log`. */
function standInSource(log: string): string {
  return [
    `#!${process.execPath}`,
    `require('fs').writeFileSync(${JSON.stringify(log)}, JSON.stringify({`,
    `  args: process.argv.slice(2), cwd: process.cwd(), exec: process.env.ELECTRON_EXEC_PATH,`,
    `}));`,
    '',
  ].join('\n');
}

interface Launch {
  readonly args: string[];
  readonly cwd: string;
  readonly exec: string;
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm start -- <args>` in `cwd`, killed after `limitMs`. */
function npmStart(
  cwd: string,
  env: NodeJS.ProcessEnv,
  limitMs: number,
  args: readonly string[] = [],
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const argv = ['start', '--silent', ...(args.length > 0 ? ['--', ...args] : [])];
    const child = spawn('npm', argv, { cwd, env, detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`npm start did not end within ${limitMs} ms:\n${stdout}\n${stderr}`));
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The environment of a new user: none of Electron's own variables set. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of Object.keys(env)) {
    if (/^(?:electron_|npm_config_electron)/i.test(key) && !(key in extra)) delete env[key];
  }
  return env;
}

/**
 * A copy of the project as a fresh clone has it: every file and package linked from this one,
 * except `node_modules/electron`, copied without its binary (no `dist/`, no `path.txt`), and
 * `out/` (linked when `built`, for a start that skips the build the first test proved).
 */
function freshProject(built = false): string {
  const dir = tempDir('fieldbook-fresh-');
  for (const entry of readdirSync(ROOT)) {
    if (entry === 'node_modules' || entry === '.git' || (entry === 'out' && !built)) continue;
    symlinkSync(join(ROOT, entry), join(dir, entry));
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === 'electron') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  cpSync(join(ROOT, 'node_modules/electron'), join(dir, 'node_modules/electron'), {
    recursive: true,
    filter: (src) => !/[/\\](?:dist|path\.txt)$/.test(src),
  });
  return dir;
}

/** A port nothing listens on: the download fails at once, as it does with no network. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise<void>((ok) => server.close(() => ok()));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

/** Serves the files of `files` by base name, like Electron's release mirror. */
async function mirror(files: Map<string, Buffer>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const body = files.get(basename(new URL(req.url ?? '/', 'http://x').pathname));
    if (body) res.writeHead(200, { 'Content-Length': body.length }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

describe('npm start', () => {
  it('builds the app and launches Electron on it through electron-vite preview', async () => {
    const dist = tempDir('fieldbook-electron-');
    const log = join(dist, 'launch.json');
    writeFileSync(join(dist, 'electron'), standInSource(log));
    chmodSync(join(dist, 'electron'), 0o755);
    const started = Date.now();
    const run = await npmStart(ROOT, cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: dist }), 240_000);
    expect(run.code, run.stderr).toBe(0);
    const launch = JSON.parse(readFileSync(log, 'utf8')) as Launch;
    expect(launch.args).toEqual(['.']);
    expect(launch.cwd).toBe(ROOT);
    expect(launch.exec).toBe(join(dist, 'electron'));
    // What Electron opens ("." is package.json's main) was built by this run.
    const main = join(ROOT, 'out/main/index.js');
    expect(statSync(main).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
    expect(existsSync(join(ROOT, 'out/renderer/index.html'))).toBe(true);
  }, 300_000);

  it('offline, says in one sentence to use the browser build and exits non-zero', async () => {
    const project = freshProject();
    const port = await closedPort();
    const run = await npmStart(
      project,
      cleanEnv({
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
        electron_config_cache: tempDir('fieldbook-cache-'),
      }),
      60_000,
    );
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^The desktop app cannot start because .*downloaded.*: run `npm run start:web`/,
    );
    expect(lines[0]?.match(/\. |\.$/g)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(join(project, 'out'))).toBe(false);
  }, 90_000);

  it('fetches the binary with electron’s installer on first start, then launches it', async () => {
    const project = freshProject(true);
    const work = tempDir('fieldbook-mirror-');
    const log = join(work, 'launch.json');
    const zip = new JSZip();
    zip.file('electron', standInSource(log), { unixPermissions: 0o755 });
    zip.file('version', `v${ELECTRON_VERSION}`);
    const archive = await zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
    const name = `electron-v${ELECTRON_VERSION}-linux-x64.zip`;
    const sums = `${createHash('sha256').update(archive).digest('hex')} *${name}\n`;
    const served = await mirror(
      new Map([
        [name, archive],
        ['SHASUMS256.txt', Buffer.from(sums)],
      ]),
    );
    try {
      const run = await npmStart(
        project,
        cleanEnv({
          ELECTRON_MIRROR: served.url,
          electron_use_remote_checksums: '1',
          electron_config_cache: join(work, 'cache'),
          ELECTRON_INSTALL_PLATFORM: 'linux',
          ELECTRON_INSTALL_ARCH: 'x64',
        }),
        240_000,
        // The build was proven by the first test; this one is about the binary.
        ['--skipBuild'],
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Fetching the Electron binary');
      const electron = join(project, 'node_modules/electron');
      expect(readFileSync(join(electron, 'path.txt'), 'utf8')).toBe('electron');
      const launch = JSON.parse(readFileSync(log, 'utf8')) as Launch;
      expect(launch.exec).toBe(join(electron, 'dist/electron'));
      expect(launch.args).toEqual(['.']);
      expect(launch.cwd).toBe(project);
    } finally {
      await new Promise<void>((ok) => served.server.close(() => ok()));
    }
  }, 300_000);
});
