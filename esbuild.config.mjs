// Bundles the extension client and the language server into dist/.
//   node esbuild.config.mjs               development build (source maps, not minified)
//   node esbuild.config.mjs --production  release build (minified, linked source maps)
//   node esbuild.config.mjs --watch       rebuild on every change
// The desktop bundles are CommonJS for Node: VS Code loads the client with
// require(), and the ESM-only unified packages are inlined into the server
// bundle. dist/web/ holds the same extension built for the browser.
import * as fs from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Reports each rebuild in watch mode, in the format VS Code's problem matcher reads. */
const watchReporter = {
  name: 'watch-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/** @type {esbuild.BuildOptions} */
const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: production ? 'linked' : 'inline',
  sourcesContent: !production,
  logLevel: watch ? 'silent' : 'warning',
  plugins: watch ? [watchReporter] : [],
  // ESM packages that call createRequire(import.meta.url) need the bundle's own URL.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

/**
 * mocha's browser build is UMD: inside the extension host's CommonJS wrapper it
 * would take over module.exports (and the host would call mocha.run instead of
 * the suite's run). Hidden from them, it sets globalThis.mocha as in a page.
 */
const mochaAsGlobal = {
  name: 'mocha-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await fs.promises.readFile(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};

/** Code that runs in a browser's Web Worker: no Node, and no DOM either. */
const webWorker = {
  ...shared,
  platform: 'browser',
  // Packages with a DOM build (decode-named-character-reference) must give their worker build.
  conditions: ['worker'],
  format: 'iife',
  target: 'es2022',
  define: {},
  banner: {},
};

const entries = [
  // `vscode` is provided by the extension host at run time.
  { ...shared, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...shared, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` } },
  // Parses large documents off the server's main thread.
  { ...shared, entryPoints: ['server/src/analysis/parse-worker.ts'], outfile: 'dist/parse-worker.js' },
  { ...shared, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` } },
  // PDF and Word export, loaded by the client and the command line only when someone exports.
  { ...shared, entryPoints: ['server/src/export/index.ts'], outfile: 'dist/export.js' },
  // The browser build (vscode.dev, github.dev): the client, loaded by VS Code's web worker extension host...
  { ...webWorker, format: 'cjs', entryPoints: ['client/src/extension-web.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  // ...and the Web Workers it starts: the language server, its parse worker, and the Word export.
  { ...webWorker, entryPoints: ['server/src/server-web.ts'], outfile: 'dist/web/server.js' },
  { ...webWorker, entryPoints: ['server/src/analysis/parse-worker-web.ts'], outfile: 'dist/web/parse-worker.js' },
  { ...webWorker, entryPoints: ['server/src/export/docx-worker-web.ts'], outfile: 'dist/web/export-docx.js' },
  // The preview page's own script, run inside the webview.
  { ...shared, platform: 'browser', format: 'iife', target: 'es2022', define: {}, banner: {}, entryPoints: ['client/src/preview/webview/main.ts'], outfile: 'dist/preview.js' },
  // The real-editor test suite: loaded by the extension host next to the extension.
  {
    ...shared,
    minify: false,
    sourcemap: 'inline',
    entryPoints: fs
      .readdirSync('test/editor/suite')
      .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
      .map((name) => `test/editor/suite/${name}`),
    outdir: 'out/test/editor/suite',
    external: ['vscode', 'mocha'],
  },
  // The browser suite: loaded by the web worker extension host from the test build of the extension.
  { ...webWorker, format: 'cjs', minify: false, sourcemap: 'inline', entryPoints: ['test/editor/web-suite/index.ts'], outfile: 'out/test/editor/web-suite/index.js', external: ['vscode'], plugins: [...webWorker.plugins, mochaAsGlobal] },
];

if (watch) {
  const contexts = await Promise.all(entries.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  const started = Date.now();
  await Promise.all(entries.map((options) => esbuild.build(options)));
  console.log(`build: ${entries.length} bundles in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}
