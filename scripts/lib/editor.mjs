// Where the locally installed real VS Code lives (scripts/install-editor.sh puts
// it there), and how to start and stop its processes.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = path.join(root, '.vscode-test', 'cs');
export const node24 = path.join(base, 'bin', 'node');
const codeServerPackage = path.join(base, 'cs', 'node_modules', 'code-server');
export const serverMain = path.join(codeServerPackage, 'lib', 'vscode', 'out', 'server-main.js');
export const codeServerEntry = path.join(codeServerPackage, 'out', 'node', 'entry.js');
export const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The versions install-editor.sh installs, read from the script so they are written once. */
function installedVersions() {
  const script = fs.readFileSync(path.join(root, 'scripts', 'install-editor.sh'), 'utf8');
  const version = (name) => script.match(new RegExp(`^${name}=(\\S+)$`, 'm'))?.[1];
  return { node24: version('NODE24_VERSION'), codeServer: version('CODE_SERVER_VERSION') };
}

/** True when every piece the editor tiers need is there and was finished (its marker written). */
function editorReady() {
  const { node24: nodeVersion, codeServer } = installedVersions();
  const finished = fs.existsSync(path.join(base, 'node24', `.installed-${nodeVersion}`)) && fs.existsSync(path.join(base, 'cs', `.installed-${codeServer}`));
  // Emacs is optional (its one test skips without it), so it does not make the editors missing.
  return finished && fs.existsSync(node24) && fs.existsSync(serverMain) && fs.existsSync(chromium) && onPath('pdfinfo') && onPath('soffice');
}

/**
 * Installs the editor when it is missing or was left unfinished (the script
 * skips what is already there). Throws an Error whose message is the
 * installer's one-line reason, for the caller to print as it is.
 */
export function ensureEditorInstalled() {
  if (editorReady()) return;
  // Progress goes to the terminal as it happens; errors are kept too, so the failure can say why.
  const result = spawnSync('bash', [path.join(root, 'scripts', 'install-editor.sh')], { stdio: ['inherit', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.stderr) process.stderr.write(result.stderr);
  if (result.status === 0) return;
  const reason = (result.stderr ?? '').split('\n').reverse().find((line) => line.startsWith('install-editor: '));
  throw new Error(reason ?? `install-editor: the real VS Code could not be installed (exit code ${result.status ?? 'none'}${result.error ? `, ${result.error.message}` : ''}); run "npm run install:editor" to see why.`);
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a process in its own process group, so that stopTree() ends it
 * together with every extension host and language server it started.
 */
export function startTree(command, args, options = {}) {
  return spawn(command, args, { ...options, detached: true, stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'] });
}

export function stopTree(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Resolves when `child` prints a line matching `pattern`; rejects if it exits first. */
export function waitForOutput(child, pattern, what, limitMs = 60_000) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      seen += chunk.toString();
      if (pattern.test(seen)) finish(resolve);
    };
    const onExit = (code) => finish(() => reject(new Error(`${what}: the process exited (code ${code}) before it was ready.\n${seen.slice(-2000)}`)));
    const timer = setTimeout(() => finish(() => reject(new Error(`${what}: not ready after ${limitMs} ms.\n${seen.slice(-2000)}`))), limitMs);
    const finish = (settle) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      settle();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Chromium flags that keep a headless browser quiet on a machine without internet. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
