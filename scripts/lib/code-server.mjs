// code-server (a real VS Code in the browser) with the packaged extension
// installed, a folder open and a file in the editor: for the demo and for the
// screenshot tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerEntry, node24, startTree, stopTree, waitForOutput } from './editor.mjs';

export const quietSettings = {
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
  'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // examples/ sits inside this repository: without this, a "git repository found in the parent folders" notification covers the editor.
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * Installs `vsix` into a code-server kept in `stateDir`, serves `folder` on
 * 127.0.0.1:`port` and returns the address that opens `file` in the editor
 * (with no `file`, the folder alone).
 */
export async function startCodeServer({ stateDir, vsix, folder, file, port, settings = quietSettings }) {
  const settingsFile = path.join(stateDir, 'data', 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(path.join(stateDir, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  const xdg = path.join(stateDir, 'xdg');
  const run = (args) =>
    startTree(
      node24,
      [codeServerEntry, '--config', path.join(stateDir, 'config.yaml'), '--user-data-dir', path.join(stateDir, 'data'), '--extensions-dir', path.join(stateDir, 'extensions'), ...args],
      { env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg } },
    );

  const installer = run(['--install-extension', vsix, '--force']);
  await waitForOutput(installer, /was successfully installed|already installed/, 'Installing the extension', 120_000);

  const server = run(['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', folder]);
  await waitForOutput(server, /HTTP server listening on/, 'code-server', 60_000);
  const payload = file ? `&payload=${encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${port}${file}`]]))}` : '';
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}${payload}`;
  return {
    server,
    url,
    stop: () => stopTree(server),
    /** code-server watches its settings file, so a change applies to the open window. */
    updateSettings: (changes) => fs.writeFileSync(settingsFile, JSON.stringify({ ...settings, ...changes }, null, 2)),
  };
}
