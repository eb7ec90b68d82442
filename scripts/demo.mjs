// `npm run demo`: the extension in a real VS Code (code-server) in the browser,
// with examples/ open and the example PR/FAQ in the editor.
//   npm run demo                          serve until Ctrl+C
//   npm run demo -- --port 9000           on another port (default 8080, or PRFAQ_DEMO_PORT)
//   npm run demo -- --screenshot out.png  take a screenshot in headless Chromium, then stop
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { codeServerEntry, ensureEditorInstalled, freePort, node24, root, startTree, stopTree, waitForOutput } from './lib/editor.mjs';
import { packageExtension } from './package.mjs';
import { takeWorkbenchScreenshot } from './lib/screenshot.mjs';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PRFAQ_DEMO_PORT || '8080' },
    screenshot: { type: 'string' },
    file: { type: 'string', default: 'rebook.prfaq.md' },
  },
});

const examples = path.join(root, 'examples');
const state = path.join(root, '.vscode-test', 'demo');
const settings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Light Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'editor.wordWrap': 'on',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function codeServer(args, extra = {}) {
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(state, 'xdg'), XDG_DATA_HOME: path.join(state, 'xdg'), XDG_CACHE_HOME: path.join(state, 'xdg') };
  return startTree(node24, [codeServerEntry, '--config', path.join(state, 'config.yaml'), '--user-data-dir', path.join(state, 'data'), '--extensions-dir', path.join(state, 'extensions'), ...args], { env, ...extra });
}

async function main() {
  ensureEditorInstalled();
  const vsix = packageExtension();

  fs.mkdirSync(path.join(state, 'data', 'User'), { recursive: true });
  fs.writeFileSync(path.join(state, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.writeFileSync(path.join(state, 'data', 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  console.log(`Installing ${path.basename(vsix)} into the local VS Code…`);
  const installer = codeServer(['--install-extension', vsix, '--force']);
  await waitForOutput(installer, /was successfully installed|already installed/, 'Installing the extension', 120_000);

  let port = Number(options.port);
  if (options.screenshot) port = await freePort();
  const server = codeServer(['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', examples]);
  const stop = () => stopTree(server);
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  process.on('SIGTERM', () => {
    stop();
    process.exit(143);
  });
  process.on('exit', stop);

  await waitForOutput(server, /HTTP server listening on/, 'code-server', 60_000);
  const file = path.join(examples, options.file);
  const payload = [['openFile', `vscode-remote://127.0.0.1:${port}${file}`]];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(examples)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  if (options.screenshot) {
    await takeWorkbenchScreenshot(url, path.resolve(options.screenshot), { waitForText: 'PR/FAQ' });
    console.log(`Screenshot written to ${options.screenshot}`);
    stop();
    return;
  }
  console.log(`\nPR/FAQ demo: a real VS Code with ${path.relative(root, file)} open.\n\n  ${url}\n\nOpen that address in a browser. Press Ctrl+C to stop.`);
  server.stdout.resume();
  server.stderr.resume();
  await new Promise((resolve) => server.once('exit', resolve));
}

main().catch((error) => {
  console.error(`demo: ${error.message}`);
  process.exit(1);
});
