/** `npm run start:web`: serves the built renderer on 127.0.0.1 and prints its address. */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server';

const root = new URL('../out/renderer/', import.meta.url).pathname;
if (!existsSync(`${root}index.html`)) {
  console.error('out/renderer is missing: run "npm run build" first.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 5178);
const running = await startStaticServer(root, port);
console.log(`CSE Fieldbook (browser build) at ${running.url}  — press Ctrl+C to stop`);
