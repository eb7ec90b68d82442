// `npm run demo`: the extension in a real VS Code (code-server) in the browser,
// with examples/ open and the example PR/FAQ in the editor.
//   npm run demo                          serve until Ctrl+C
//   npm run demo -- --port 9000           on another port (default 8080, or PRFAQ_DEMO_PORT)
//   npm run demo -- --screenshot out.png  take a screenshot in headless Chromium, then stop
//   npm run demo -- --web                 the browser build, in the web worker extension host vscode.dev uses
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { quietSettings, startCodeServer } from './lib/code-server.mjs';
import { ensureEditorInstalled, freePort, root } from './lib/editor.mjs';
import { takeWorkbenchScreenshot } from './lib/screenshot.mjs';
import { packageExtension } from './package.mjs';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PRFAQ_DEMO_PORT || '8080' },
    screenshot: { type: 'string' },
    file: { type: 'string', default: 'rebook.prfaq.md' },
    web: { type: 'boolean', default: false },
  },
});

async function main() {
  ensureEditorInstalled();
  const vsix = packageExtension();
  const examples = path.join(root, 'examples');
  const file = path.join(examples, options.file);
  const port = options.screenshot ? await freePort() : Number(options.port);
  console.log(`Installing ${path.basename(vsix)} into the local VS Code…`);
  // A UI extension with a browser entry runs in the browser's web worker host, not the server's Node host.
  const settings = options.web ? { ...quietSettings, 'remote.extensionKind': { 'prfaq.prfaq': ['ui'] } } : quietSettings;
  const demo = await startCodeServer({ stateDir: path.join(root, '.vscode-test', 'demo'), vsix, folder: examples, file, port, settings });
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
  process.on('exit', demo.stop);

  if (options.screenshot) {
    await takeWorkbenchScreenshot(demo.url, path.resolve(options.screenshot), { waitForText: 'PR/FAQ' });
    console.log(`Screenshot written to ${options.screenshot}`);
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
    console.error(`demo: ${error.message}`);
    process.exit(1);
  },
);
