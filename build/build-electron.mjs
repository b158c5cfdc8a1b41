// `npm run build:electron`: bundles the Electron main process (ESM) and the preload (one CommonJS
// file, as a sandboxed preload must be) into electron/dist/ with esbuild (installed with tsx).
// Packages stay external (loaded from node_modules at run time; DuckDB's native binding is
// unpacked from the asar by electron-builder). The bundles sit two folders below the app root, like
// the sources, so paths the engine computes from import.meta.dirname stay right.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'electron/dist');

// A bundler cannot follow the service's variable import of analytics/reports: once the module
// exists, swap the loader for a static import of it.
const reportsLoader = {
  name: 'reports-loader',
  setup(b) {
    b.onLoad({ filter: /analytics[\\/]service[\\/]reports-loader\.ts$/ }, () => {
      if (!existsSync(resolve(root, 'analytics/reports/index.ts'))) return undefined;
      return {
        loader: 'ts',
        contents: `export async function loadReports() { return await import('../reports/index.ts'); }`,
        resolveDir: resolve(root, 'analytics/service'),
      };
    });
  },
};

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'info', absWorkingDir: root };

await build({
  ...common,
  entryPoints: { main: 'electron/main.ts' },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  packages: 'external',
  plugins: [reportsLoader],
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// The .xlsx reader's worker threads start from files beside main.mjs
// (analytics/import/read/start-worker.ts).
await build({
  ...common,
  entryPoints: {
    'sheet-worker': 'analytics/import/read/sheet-worker.ts',
    'shared-strings-worker': 'analytics/import/read/shared-strings-worker.ts',
  },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  packages: 'external',
});

await build({
  ...common,
  entryPoints: { preload: 'electron/preload.ts' },
  outdir: out,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external: ['electron'],
});
