import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * Three builds: main and preload for Electron, and the renderer, whose `out/renderer` is also
 * the browser build (relative base so it runs under app:// and http://127.0.0.1 alike).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    base: './',
    plugins: [react()],
    // ES module workers can split: pdf.js and mammoth load inside the evidence extraction
    // worker only when a document of their kind arrives, instead of in one 1.9 MB worker file.
    worker: { format: 'es' },
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves bundles unminified; the renderer is also the browser build and its
      // initial JavaScript has a size budget (250 KB gzipped).
      minify: true,
      rollupOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
