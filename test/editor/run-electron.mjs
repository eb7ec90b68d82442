// `npm run test:electron`: the same real-editor suite in desktop VS Code,
// downloaded by @vscode/test-electron. Where the download cannot happen (no
// internet, as on these build machines), it says SKIPPED and exits 0 without
// claiming a pass; set PRFAQ_REQUIRE_ELECTRON=1 to make that an error instead.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { root } from '../../scripts/lib/editor.mjs';

const build = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
let executable;
try {
  executable = await downloadAndUnzipVSCode({ version: 'stable', timeout: 30_000 });
} catch (error) {
  const message = `test:electron SKIPPED: desktop VS Code could not be downloaded (${error.message.split('\n')[0]}). No test ran; run \`npm run test:editor\` for the same suite in code-server.`;
  console.log(message);
  process.exit(process.env.PRFAQ_REQUIRE_ELECTRON ? 1 : 0);
}

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-workspace-'));
fs.cpSync(path.join(root, 'test', 'editor', 'workspace'), workspace, { recursive: true });
fs.cpSync(path.join(root, 'test', 'fixtures'), path.join(workspace, 'fixtures'), { recursive: true });
fs.cpSync(path.join(root, 'examples'), path.join(workspace, 'examples'), { recursive: true });
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'editor', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`test:electron failed: ${error.message ?? error}`);
  process.exit(1);
}
