// `npm run demo`: the extension in a real VS Code (code-server) in the browser,
// with examples/ open and the example PR/FAQ in the editor.
//   npm run demo                          serve until Ctrl+C
//   npm run demo -- --port 9000           on another port (default 8080, or PRFAQ_DEMO_PORT)
//   npm run demo -- --web                 the browser build, in the web worker extension host vscode.dev uses
//   npm run demo -- --check               the same start, then open the page once in headless Chromium, check
//                                         the example is open with the extension active and its preview, save
//                                         test-results/demo-check.png, stop everything and exit (0 when all is well)
//   npm run demo -- --check --screenshot out.png   the same, with the picture saved to out.png
import * as net from 'node:net';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { quietSettings, startCodeServer } from './lib/code-server.mjs';
import { ensureEditorInstalled, freePort, root } from './lib/editor.mjs';
import { requireNode } from './lib/preflight.mjs';
import { checkDemoPage } from './lib/screenshot.mjs';
import { packageExtension } from './package.mjs';

requireNode();

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PRFAQ_DEMO_PORT || '8080' },
    check: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    file: { type: 'string', default: 'rebook.prfaq.md' },
    web: { type: 'boolean', default: false },
  },
});
const checkOnly = options.check || options.screenshot !== undefined;

/** Resolves when nothing listens on 127.0.0.1:`port`; rejects with the line to show when something does. */
function portIsFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use (is another demo still running?): stop what uses it, or run "npm run demo -- --port ${port + 1}".`
            : `cannot listen on 127.0.0.1:${port} (${error.code ?? error.message}): run "npm run demo -- --port 9000" to use another port.`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function main() {
  const port = checkOnly ? await freePort() : Number(options.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port must be a number from 1 to 65535, not ${JSON.stringify(options.port)}.`);
  await portIsFree(port);
  ensureEditorInstalled();
  const vsix = packageExtension();
  const examples = path.join(root, 'examples');
  const file = path.join(examples, options.file);
  console.log(`Installing ${path.basename(vsix)} into the local VS Code…`);
  // A UI extension with a browser entry runs in the browser's web worker host, not the server's Node host.
  const settings = options.web ? { ...quietSettings, 'remote.extensionKind': { 'prfaq.prfaq': ['ui'] } } : quietSettings;
  const demo = await startCodeServer({ stateDir: path.join(root, '.vscode-test', 'demo'), vsix, folder: examples, file, port, settings });
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
  process.on('exit', demo.stop);

  if (checkOnly) {
    const screenshot = path.resolve(options.screenshot ?? path.join(root, 'test-results', 'demo-check.png'));
    await checkDemoPage(demo.url, options.file, screenshot);
    console.log(`demo check: ${path.relative(root, file)} open, the extension active, the preview shown; screenshot in ${path.relative(process.cwd(), screenshot)}`);
    return;
  }
  console.log(
    `\nPR/FAQ demo: a real VS Code with ${path.relative(root, file)} open${options.web ? ', the extension running in its web worker extension host as on vscode.dev' : ''}.\n\n  ${demo.url}\n\n` +
      'Open that address in a browser. Press Ctrl+K V for the preview beside the editor. Press Ctrl+C here to stop.',
  );
  demo.server.stdout.resume();
  demo.server.stderr.resume();
  await new Promise((resolve) => demo.server.once('exit', resolve));
}

main().then(
  () => process.exit(0),
  (error) => {
    // The installer's lines already start with their own name.
    console.error(error.message.startsWith('install-editor: ') ? error.message : `demo: ${error.message}`);
    process.exit(1);
  },
);
