import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the built pieces live, relative to the bundled main file (`out/main/index.js`). Main is
 * built as ESM (package.json "type": "module"), so there is no `__dirname`.
 */
const MAIN_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The renderer build (`out/renderer`), served under `app://fieldbook`. */
export const RENDERER_DIR = join(MAIN_DIR, '../renderer');

/** The sandboxed preload bundle (`out/preload/index.cjs`, CommonJS as sandboxing requires). */
export const PRELOAD_PATH = join(MAIN_DIR, '../preload/index.cjs');
