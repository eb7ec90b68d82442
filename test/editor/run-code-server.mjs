// Runs the real-editor suite inside VS Code's extension host: the VS Code
// server bundled with code-server (1.139), its workbench in headless Chromium,
// and this extension loaded from the working tree as a development extension.
// With --web, the browser build runs in the web worker extension host instead
// (a test build without `main`, scripts/lib/web-extension.mjs) with the
// browser suite (test/editor/web-suite).
// Prints the suite's output and a closing `editor: N passed, N failed` (or
// `web: …`) line; exits non-zero when a test fails or the suite cannot run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium as playwright } from 'playwright-core';
import { chromium, chromiumArgs, ensureEditorInstalled, freePort, node24, root, serverMain, startTree, stopTree, waitForOutput } from '../../scripts/lib/editor.mjs';
import { stageWebExtension } from '../../scripts/lib/web-extension.mjs';

const web = process.argv.includes('--web');
const tier = web ? 'web' : 'editor';

const verbose = Boolean(process.env.PRFAQ_EDITOR_VERBOSE);
/** Must match suiteOutputMarker in suite/index.ts. */
const suiteMarker = '[prfaq-suite] ';
const suiteLimitMs = Number(process.env.PRFAQ_EDITOR_TEST_LIMIT_MS || 300_000);

async function main() {
  ensureEditorInstalled();
  // The benchmarks run their own payload in the same way (bench/editor.ts).
  const builtSuite = process.env.PRFAQ_EDITOR_SUITE || path.join(root, 'out', 'test', 'editor', web ? 'web-suite' : 'suite', 'index.js');
  if (!fs.existsSync(builtSuite) || !fs.existsSync(path.join(root, 'dist', 'extension.js'))) {
    throw new Error('Build first: npm run build (dist/ and out/test/editor are missing).');
  }
  const extension = web ? path.join(root, 'out', 'web-extension') : root;
  const suite = web ? stageWebExtension(root, extension, builtSuite) : builtSuite;
  // The funnel benchmark opens the same workspace twice, with the same editor state, to time a reopening (bench/editor.ts).
  const kept = process.env.PRFAQ_EDITOR_KEEP_STATE;
  const workspace = kept ? keptFolder(path.join(kept, 'workspace'), freshWorkspace) : freshWorkspace();
  const scratch = kept ? keptFolder(path.join(kept, 'state'), () => fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-editor-test-'))) : fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-editor-test-'));
  // The workbench names a workspace's storage after its address, port included: a reopening keeps the port.
  const port = kept ? await keptPort(path.join(kept, 'port')) : await freePort();
  const server = startTree(node24, [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--enable-smoke-test-driver',
    '--disable-workspace-trust',
    '--disable-telemetry',
    '--accept-server-license-terms',
    '--user-data-dir', scratch,
    '--server-data-dir', scratch,
    '--extensions-dir', path.join(scratch, 'extensions'),
  ], { env: { ...process.env, XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CACHE_HOME: scratch } });

  let browser;
  try {
    await waitForOutput(server, /Extension host agent listening|Web UI available/, 'VS Code server');
    browser = await playwright.launchPersistentContext(path.join(scratch, 'chromium'), {
      executablePath: chromium,
      headless: true,
      args: chromiumArgs,
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const exitCode = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    let summary;
    const workbenchErrors = [];
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (text.startsWith(suiteMarker)) {
        const line = text.slice(suiteMarker.length);
        if (/^(editor|web): \d+ passed, \d+ failed/.test(line)) summary = line;
        process.stdout.write(`${line}\n`);
        return;
      }
      // The workbench logs through the same channel; its errors (often about services this
      // offline machine lacks) are shown when the suite fails, the rest only when asked.
      if (type === 'error') workbenchErrors.push(text);
      if (verbose) (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extension)],
      ['extensionTestsPath', remote(suite)],
      ['skipWelcome', 'true'],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);

    const code = await Promise.race([
      exitCode,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`the suite did not finish within ${suiteLimitMs / 1000} s`)), suiteLimitMs).unref()),
    ]);
    if (!summary) console.log(`${tier}: 0 passed, 1 failed (the suite exited with code ${code} before reporting)`);
    const passed = code === 0 && summary && !/ [1-9]\d* failed/.test(summary);
    if (!passed && workbenchErrors.length > 0 && !verbose) {
      console.error(`\nErrors the workbench logged during the run (${workbenchErrors.length}):\n${workbenchErrors.join('\n')}`);
    }
    return passed ? 0 : 1;
  } finally {
    await browser?.close().catch(() => {});
    stopTree(server);
    if (!kept) {
      fs.rmSync(scratch, { recursive: true, force: true });
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  }
}

/** A copy of the fixture workspace (or the benchmark's), the shared fixtures and the examples, so edits made by tests never touch the repository. */
function freshWorkspace() {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-workspace-'));
  // The funnel benchmark brings a workspace of its own (bench/editor.ts): the examples and its generated PR/FAQs, none of the test fixtures.
  const own = process.env.PRFAQ_EDITOR_WORKSPACE_FOLDER;
  if (own) fs.cpSync(own, target, { recursive: true });
  else {
    fs.cpSync(path.join(root, 'test', 'editor', 'workspace'), target, { recursive: true });
    fs.cpSync(path.join(root, 'test', 'fixtures'), path.join(target, 'fixtures'), { recursive: true });
  }
  fs.cpSync(path.join(root, 'examples'), path.join(target, 'examples'), { recursive: true });
  return target;
}

async function keptPort(file) {
  if (!fs.existsSync(file)) fs.writeFileSync(file, String(await freePort()));
  return Number(fs.readFileSync(file, 'utf8'));
}

/** The folder at `where`, made by `make` the first time (and moved there) and the same folder every time after; the caller removes it. */
function keptFolder(where, make) {
  if (!fs.existsSync(where)) {
    fs.mkdirSync(path.dirname(where), { recursive: true });
    fs.renameSync(make(), where);
  }
  return where;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`${tier} tests could not run: ${error.message}`);
    console.log(`${tier}: 0 passed, 1 failed`);
    process.exit(1);
  },
);
