// What `npm run build` bundles, for esbuild.config.mjs and the benchmarks
// (which build the same product bundles, minified, into a scratch folder).
// The desktop bundles are CommonJS for Node: VS Code loads the client with
// require(), and the ESM-only unified packages are inlined. dist/web/ holds
// the same extension built for the browser.

/** @typedef {import('esbuild').BuildOptions} BuildOptions */

/** Options every Node bundle shares. */
export function nodeOptions({ production = false } = {}) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: production,
    sourcemap: production ? 'linked' : 'inline',
    sourcesContent: !production,
    // ESM packages that call createRequire(import.meta.url) need the bundle's own URL.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  };
}

/** Code that runs in a browser's Web Worker: no Node, and no DOM either. */
export function webWorkerOptions(options) {
  return {
    ...nodeOptions(options),
    platform: 'browser',
    // Packages with a DOM build (decode-named-character-reference) must give their worker build.
    conditions: ['worker'],
    format: 'iife',
    target: 'es2022',
    define: {},
    banner: {},
    // The engine's public entry also offers PDF printing, which needs Node; a browser bundle never
    // uses it, so it is left out by tree shaking. Kept external here only so that resolving it does
    // not fail; the web build's test checks that no bundle imports a Node built-in.
    external: ['node:*'],
  };
}

const executable = (options) => ({ js: `#!/usr/bin/env node\n${options.banner.js}` });

/**
 * The product's bundles, written below `outdir` (dist/ for the build).
 * @returns {BuildOptions[]}
 */
export function productBundles({ production = false, outdir = 'dist' } = {}) {
  const node = nodeOptions({ production });
  const web = webWorkerOptions({ production });
  return [
    // `vscode` is provided by the extension host at run time.
    { ...node, entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] },
    { ...node, entryPoints: ['server/src/server.ts'], outfile: `${outdir}/server.js`, banner: executable(node) },
    // The worker threads the server and the command line check and parse in.
    { ...node, entryPoints: ['server/src/workers/thread-entry.ts'], outfile: `${outdir}/parse-worker.js` },
    { ...node, entryPoints: ['server/src/cli/main.ts'], outfile: `${outdir}/cli.js`, banner: executable(node) },
    // PDF and Word export, loaded only when someone exports: by the command line in its own
    // process, by the extension in a worker thread of its own.
    { ...node, entryPoints: ['core/src/export/index.ts'], outfile: `${outdir}/export.js` },
    { ...node, entryPoints: ['client/src/export/export-thread.ts'], outfile: `${outdir}/export-thread.js` },
    // The browser build (vscode.dev, github.dev): the client, loaded by VS Code's web worker extension host...
    { ...web, format: 'cjs', entryPoints: ['client/src/extension-web.ts'], outfile: `${outdir}/web/extension.js`, external: ['vscode', ...web.external] },
    // ...and the Web Workers it starts: the language server, its parse worker, and the Word export.
    { ...web, entryPoints: ['server/src/server-web.ts'], outfile: `${outdir}/web/server.js` },
    { ...web, entryPoints: ['server/src/workers/web-worker-entry.ts'], outfile: `${outdir}/web/parse-worker.js` },
    { ...web, entryPoints: ['client/src/export/docx-worker-web.ts'], outfile: `${outdir}/web/export-docx.js` },
    // The preview page's own script, run inside the webview.
    { ...node, platform: 'browser', format: 'iife', target: 'es2022', define: {}, banner: {}, entryPoints: ['client/src/preview/webview/main.ts'], outfile: `${outdir}/preview.js` },
  ];
}
