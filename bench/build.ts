// Release bundles for the benchmarks, built as `npm run build:release` builds
// them (minified, no inline source maps) but into a scratch folder, so that
// the working tree's dist/ is left alone. Returns where they are and their sizes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

export interface ReleaseBundles {
  folder: string;
  client: string;
  server: string;
  cli: string;
  bytes: { client: number; server: number; cli: number; export: number; web: WebBundleBytes };
}

/** The browser build (dist/web/): the client and the three Web Workers it starts. */
export interface WebBundleBytes {
  client: number;
  server: number;
  parseWorker: number;
  wordExport: number;
}

const root = path.resolve(__dirname, '..');

/** As esbuild.config.mjs builds them. */
const webBundles = [
  ['client/src/extension-web.ts', 'web/extension.js'],
  ['server/src/server-web.ts', 'web/server.js'],
  ['server/src/analysis/parse-worker-web.ts', 'web/parse-worker.js'],
  ['server/src/export/docx-worker-web.ts', 'web/export-docx.js'],
] as const;
const webWorker: esbuild.BuildOptions = { platform: 'browser', conditions: ['worker'], format: 'iife', target: 'es2022', define: {} };

export async function buildReleaseBundles(): Promise<ReleaseBundles> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-bench-'));
  const shared: esbuild.BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
    define: { 'import.meta.url': 'importMetaUrl' },
  };
  const banner = "const importMetaUrl = require('url').pathToFileURL(__filename).href;";
  const out = (name: string) => path.join(folder, 'dist', name);
  await Promise.all([
    esbuild.build({ ...shared, entryPoints: ['client/src/extension.ts'], outfile: out('extension.js'), external: ['vscode'], banner: { js: banner } }),
    esbuild.build({ ...shared, entryPoints: ['server/src/server.ts'], outfile: out('server.js'), banner: { js: banner } }),
    // Beside the server, which starts it for large documents and closed files.
    esbuild.build({ ...shared, entryPoints: ['server/src/analysis/parse-worker.ts'], outfile: out('parse-worker.js'), banner: { js: banner } }),
    esbuild.build({ ...shared, entryPoints: ['server/src/cli/main.ts'], outfile: out('cli.js'), banner: { js: banner } }),
    esbuild.build({ ...shared, entryPoints: ['server/src/export/index.ts'], outfile: out('export.js'), banner: { js: banner } }),
    ...webBundles.map(([entry, name]) => esbuild.build({ ...shared, ...webWorker, entryPoints: [entry], outfile: out(name), ...(name === 'web/extension.js' ? { format: 'cjs', external: ['vscode'] } : {}) })),
  ]);
  const size = (name: string) => fs.statSync(out(name)).size;
  return {
    folder,
    client: out('extension.js'),
    server: out('server.js'),
    cli: out('cli.js'),
    bytes: {
      client: size('extension.js'),
      server: size('server.js'),
      cli: size('cli.js'),
      export: size('export.js'),
      web: { client: size('web/extension.js'), server: size('web/server.js'), parseWorker: size('web/parse-worker.js'), wordExport: size('web/export-docx.js') },
    },
  };
}
