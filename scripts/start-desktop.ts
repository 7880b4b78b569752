/**
 * `npm start`: builds and opens the desktop app. Finds the Electron binary (fetching it with
 * electron's own installer on first start), then runs `electron-vite preview` with
 * `ELECTRON_EXEC_PATH` set to it. Arguments after `npm start --` go to electron-vite preview.
 * When the binary cannot be had it says, in one sentence, to use the browser build, and exits 1.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cannotStart, fetchElectron, locateElectron } from './electron-binary';

// Resolved from the project being started (npm runs scripts in its root), so a copy of the
// project with its own node_modules starts its own Electron.
const project = process.cwd();
const requireHere = createRequire(join(project, 'package.json'));
const electronDir = dirname(requireHere.resolve('electron/package.json'));
const electronVite = join(dirname(requireHere.resolve('electron-vite/package.json')), 'bin');

function fail(reason: string): never {
  console.error(cannotStart(reason));
  process.exit(1);
}

let located = locateElectron(electronDir, process.env);
if (!located.found && !located.overridden) {
  console.log('Fetching the Electron binary (first start only, about 100 MB)…');
  const fetched = await fetchElectron(electronDir, process.env);
  if (!fetched.ok) fail(`the Electron binary could not be downloaded (${fetched.reason})`);
  located = locateElectron(electronDir, process.env);
}
if (!located.found) fail(`there is no Electron binary at ${located.expected}`);

const child = spawn(
  process.execPath,
  [join(electronVite, 'electron-vite.js'), 'preview', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: located.path } },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
