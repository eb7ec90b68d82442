// `npm test`: type-checks, checks the import rules, builds, then runs every test tier and closes with
// one summary line. `node scripts/test.mjs unit protocol` runs only those tiers.
//   unit      model and rules, in process (node:test)
//   protocol  dist/server.js spawned over stdio, driven by a JSON-RPC client (node:test)
//   editor    the real VS Code extension host (test/editor/run-code-server.mjs)
//   web       the browser build in VS Code's web worker extension host (run-code-server.mjs --web)
//   screenshots  the packaged extension in code-server, preview screenshots checked and saved (test/screenshots/run.mjs)
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureEditorInstalled } from './lib/editor.mjs';
import { requireNode } from './lib/preflight.mjs';

requireNode('total: 0 passed, 1 failed');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const allTiers = ['unit', 'protocol', 'editor', 'web', 'screenshots'];
const asked = process.argv.slice(2);
const unknown = asked.filter((tier) => !allTiers.includes(tier));
if (unknown.length > 0) {
  console.error(`Unknown test tier: ${unknown.join(', ')}. Choose from: ${allTiers.join(', ')}.`);
  process.exit(2);
}
const tiers = asked.length > 0 ? asked : allTiers;

/** Runs a command with its output shown live; resolves with its exit code and the text it printed. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      text += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
}

function nodeTestFiles(folder) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.ts')) files.push(path.relative(root, full));
    }
  };
  walk(path.join(root, folder));
  return files.sort();
}

/** node:test's spec reporter ends with `ℹ pass N`, `ℹ fail N`, `ℹ skipped N`, `ℹ todo N`. */
function countNodeTest(text) {
  const count = (label) => Number(text.match(new RegExp(`ℹ ${label} (\\d+)`))?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
}

async function runTier(tier) {
  const runners = { editor: ['test/editor/run-code-server.mjs'], web: ['test/editor/run-code-server.mjs', '--web'], screenshots: ['test/screenshots/run.mjs'] };
  if (runners[tier]) {
    const { code, text } = await run(process.execPath, runners[tier]);
    const match = text.match(new RegExp(`${tier}: (\\d+) passed, (\\d+) failed`));
    const passed = Number(match?.[1] ?? 0);
    const failed = Number(match?.[2] ?? 0) || (code === 0 ? 0 : 1);
    return { passed, failed, skipped: 0 };
  }
  const files = nodeTestFiles(`test/${tier}`);
  const { code, text } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files]);
  const counts = countNodeTest(text);
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const started = Date.now();
const steps = [
  ['typecheck', process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.', '--noEmit']],
  ['typecheck (webview)', process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'client/src/preview/webview', '--noEmit']],
  // The architecture's import rules (.dependency-cruiser.cjs, ARCHITECTURE.md).
  ['dependency rules', process.execPath, [path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), 'core/src', 'server/src', 'client/src', 'shared/src', '--config', '.dependency-cruiser.cjs']],
  ['build', process.execPath, ['esbuild.config.mjs']],
];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const { code } = await run(command, args);
  if (code !== 0) {
    console.log(`\n${name} failed: fix the errors above before the tests can run.`);
    console.log('total: 0 passed, 1 failed');
    process.exit(1);
  }
}

// The protocol tier drives Emacs, the editor tiers VS Code: install them first (skipped when present).
if (tiers.some((tier) => tier !== 'unit')) {
  try {
    ensureEditorInstalled();
  } catch (error) {
    // The installer's own line says what is wrong and what to run; nothing was run, so nothing passed.
    console.log(`\n${error.message}`);
    console.log(`in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log('total: 0 passed, 1 failed');
    process.exit(1);
  }
}

const results = [];
for (const tier of tiers) {
  console.log(`\n▶ ${tier} tests`);
  const tierStarted = Date.now();
  results.push({ tier, ...(await runTier(tier)), seconds: (Date.now() - tierStarted) / 1000 });
}

console.log('\n── summary ──');
for (const { tier, passed, failed, skipped, seconds } of results) {
  const mark = failed > 0 || passed === 0 ? '✘' : '✔';
  console.log(`${mark} ${tier.padEnd(8)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds.toFixed(1)} s)`);
}
const total = (key) => results.reduce((sum, result) => sum + result[key], 0);
const emptyTier = results.some((result) => result.passed === 0);
if (emptyTier) console.log('A tier ran no test: that counts as a failure.');
console.log(`in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const skipped = total('skipped');
console.log(`total: ${total('passed')} passed, ${total('failed') + (emptyTier ? 1 : 0)} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(total('failed') > 0 || emptyTier ? 1 : 0);
