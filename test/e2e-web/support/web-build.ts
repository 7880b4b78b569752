import { existsSync } from 'node:fs';
import { startStaticServer } from '../../../scripts/static-server';
import type { RunningServer } from '../../../scripts/static-server';

const ROOT = new URL('../../../out/renderer/', import.meta.url).pathname;

/** Serves the built renderer; `npm test` builds it before the browser suite runs. */
export async function serveWebBuild(): Promise<RunningServer> {
  if (!existsSync(`${ROOT}index.html`))
    throw new Error('out/renderer is missing: run "npm run build" first');
  return startStaticServer(ROOT, 0);
}
