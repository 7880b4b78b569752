// The import-circle check (`npm run lint:cycles`, run by `npm run lint`): no module of the
// product may reach itself through its imports, type-only imports and re-exports included, since
// every circle blocks moving a file out of it. dependency-cruiser reads imports with the
// TypeScript compiler, so `import type` counts (tsPreCompilationDeps).
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle (type-only ones too) blocks moving any file in it.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.web.json' },
  },
};
