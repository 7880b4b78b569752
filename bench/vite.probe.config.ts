import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The benchmark page: probe.html (bench/probe/main.ts, the app plus `window.fieldbookProbe`),
 * built into out/bench-renderer on top of a copy of the product's out/renderer, so that both
 * pages share one origin (and IndexedDB) when the bench serves that folder: the cold start is
 * measured on the product's index.html, everything else on probe.html. The product build has no
 * probe code (test/e2e-web/no-probe.test.ts). Same renderer options as electron.vite.config.ts.
 */
export default defineConfig({
  root: resolve('bench/probe'),
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: resolve('out/bench-renderer'),
    emptyOutDir: false,
    minify: true,
    rollupOptions: { input: resolve('bench/probe/probe.html') },
  },
});
