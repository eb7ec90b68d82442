// Bundles the extension, the language server, the command line and the test
// suites: the product's bundles are listed in scripts/lib/bundles.mjs.
//   node esbuild.config.mjs               development build (source maps, not minified)
//   node esbuild.config.mjs --production  release build (minified, linked source maps)
//   node esbuild.config.mjs --watch       rebuild on every change
import * as fs from 'node:fs';
import * as esbuild from 'esbuild';
import { nodeOptions, productBundles, webWorkerOptions } from './scripts/lib/bundles.mjs';

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

const node = nodeOptions({ production });
const web = webWorkerOptions({ production });
const quiet = { logLevel: watch ? 'silent' : 'warning', plugins: watch ? [watchReporter] : [] };

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

const entries = [
  ...productBundles({ production }).map((options) => ({ ...options, ...quiet })),
  // The real-editor test suite: loaded by the extension host next to the extension.
  {
    ...node,
    ...quiet,
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
  { ...web, ...quiet, format: 'cjs', minify: false, sourcemap: 'inline', entryPoints: ['test/editor/web-suite/index.ts'], outfile: 'out/test/editor/web-suite/index.js', external: ['vscode', ...web.external], plugins: [...quiet.plugins, mochaAsGlobal] },
];

if (watch) {
  const contexts = await Promise.all(entries.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  const started = Date.now();
  await Promise.all(entries.map((options) => esbuild.build(options)));
  console.log(`build: ${entries.length} bundles in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}
