// Release bundles for the benchmarks, built as `npm run build:release` builds
// them (minified, no inline source maps) but into a scratch folder, so that
// the working tree's dist/ is left alone. Returns where they are and their sizes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { productBundles } from '../scripts/lib/bundles.mjs';

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

export async function buildReleaseBundles(): Promise<ReleaseBundles> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-bench-'));
  const out = (name: string) => path.join(folder, 'dist', name);
  // The product's bundles as `npm run build:release` makes them, without source maps.
  const bundles = productBundles({ production: true, outdir: path.join(folder, 'dist') }) as esbuild.BuildOptions[];
  await Promise.all(bundles.map((options) => esbuild.build({ ...options, absWorkingDir: root, sourcemap: false, logLevel: 'warning' })));
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
