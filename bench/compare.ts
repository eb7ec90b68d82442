// `npm run bench -- compare <checkout>`: this working tree against another
// checkout of prfaq (the previous commit, say, made with `git worktree add`
// and given this tree's node_modules), measured in one run, the two taking
// turns: the release bundles' sizes, keystroke → diagnostics over stdio, CLI
// throughput, and extension activation in the real editor.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { benchmarkCli } from './cli';
import { benchmarkKeystrokes } from './lsp-latency';
import { median, percentile } from './stats';
import { printTable, type Row } from './table';

const root = path.resolve(__dirname, '..');
const bundles = ['extension.js', 'server.js', 'parse-worker.js', 'cli.js', 'export.js', 'web/extension.js', 'web/server.js', 'web/parse-worker.js', 'web/export-docx.js'];
const rounds = 2;
const activationRuns = 3;

function build(checkout: string, production: boolean): void {
  const result = spawnSync(process.execPath, ['esbuild.config.mjs', ...(production ? ['--production'] : [])], { cwd: checkout, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the build in ${checkout} failed: ${result.stderr.trim()}`);
}

/** Cold starts of the extension in the checkout's own real editor setup; undefined where it does not report. */
async function activations(checkout: string, payload: string): Promise<number[]> {
  const runs: number[] = [];
  for (let run = 0; run < activationRuns; run++) {
    const result = spawnSync(process.execPath, [path.join(checkout, 'test', 'editor', 'run-code-server.mjs')], { cwd: checkout, encoding: 'utf8', timeout: 300_000, env: { ...process.env, PRFAQ_EDITOR_SUITE: payload } });
    const line = result.stdout.split('\n').find((text) => text.startsWith('bench: '));
    if (line) runs.push((JSON.parse(line.slice('bench: '.length)) as { activationMs: number }).activationMs);
  }
  return runs;
}

export async function compareWith(other: string): Promise<void> {
  const checkouts = { before: path.resolve(other), after: root };
  if (!fs.existsSync(path.join(checkouts.before, 'esbuild.config.mjs'))) throw new Error(`${other} is not a checkout of prfaq`);
  const step = (name: string) => process.stderr.write(`bench compare: ${name}…\n`);
  step('release builds of both');
  for (const checkout of Object.values(checkouts)) build(checkout, true);
  // Sizes from the release builds: they do not depend on the machine.
  const size = (checkout: string, name: string) => (fs.existsSync(path.join(checkout, 'dist', name)) ? fs.statSync(path.join(checkout, 'dist', name)).size : NaN);
  const rows: Row[] = bundles.map((name) => {
    const [before, after] = [size(checkouts.before, name), size(checkouts.after, name)];
    return { measure: `bundle ${name} (minified)`, figure: `${kb(before)} → ${kb(after)}`, target: '', note: ratio(after / before) };
  });
  const figures = { before: { keys: new Map<string, number[]>(), cli: [] as number[], activation: [] as number[] }, after: { keys: new Map<string, number[]>(), cli: [] as number[], activation: [] as number[] } };
  const payload = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-compare-')), 'suite.js');
  await esbuild.build({ entryPoints: [path.join(__dirname, 'editor', 'suite.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], outfile: payload, logLevel: 'warning' });
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [name, checkout] of Object.entries(checkouts) as Array<['before' | 'after', string]>) {
        step(`round ${round + 1}: ${name}`);
        for (const size of await benchmarkKeystrokes(path.join(checkout, 'dist', 'server.js'), undefined, 150, 5, 30)) {
          const samples = figures[name].keys.get(size.size) ?? [];
          samples.push(size.keystrokeToDiagnostics.p95Ms);
          figures[name].keys.set(size.size, samples);
        }
        figures[name].cli.push(benchmarkCli(path.join(checkout, 'dist', 'cli.js'), 1000, 1).filesPerSecond);
        figures[name].activation.push(...(await activations(checkout, payload)));
      }
    }
  } finally {
    for (const checkout of Object.values(checkouts)) build(checkout, false);
    fs.rmSync(path.dirname(payload), { recursive: true, force: true });
  }
  for (const label of figures.after.keys.keys()) {
    const [before, after] = [median(figures.before.keys.get(label) ?? []), median(figures.after.keys.get(label) ?? [])];
    rows.push({ measure: `keystroke → diagnostics ${label}, p95 (median of ${rounds} runs)`, figure: `${before.toFixed(1)} → ${after.toFixed(1)} ms`, target: '', note: ratio(after / before) });
  }
  const [cliBefore, cliAfter] = [median(figures.before.cli), median(figures.after.cli)];
  rows.push({ measure: 'CLI, 1,000 typical files', figure: `${Math.round(cliBefore)} → ${Math.round(cliAfter)} files/s`, target: '≥ 300 files/s', met: cliAfter >= 300, note: ratio(cliAfter / cliBefore) });
  const [actBefore, actAfter] = [median(figures.before.activation), median(figures.after.activation)];
  rows.push({
    measure: `extension activation, median of ${figures.after.activation.length} cold starts`,
    figure: `${actBefore.toFixed(0)} → ${actAfter.toFixed(0)} ms`,
    target: '≤ 150 ms',
    met: actAfter <= 150,
    note: `before ${figures.before.activation.map((value) => value.toFixed(0)).join(', ')}; after ${figures.after.activation.map((value) => value.toFixed(0)).join(', ')}; p90 after ${percentile(figures.after.activation, 0.9).toFixed(0)} ms`,
  });
  console.log(`before: ${checkouts.before}\nafter:  ${checkouts.after}\n`);
  printTable(rows);
}

const kb = (bytes: number) => (Number.isNaN(bytes) ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '');
