// Extension activation and edit → preview update in the real editor: the
// release build in code-server's extension host, as the real-editor tests
// run it, with bench/editor/suite.ts as the payload. Then keystroke →
// diagnostics in both of the editor's hosts, desktop (Node) and browser (web
// worker), with bench/editor/keystroke-suite.ts, runs alternating between them.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { median, percentile } from './stats';

/** Cold starts of the editor; activation varies by tens of milliseconds between them. */
const runs = 3;

const root = path.resolve(__dirname, '..');

/** Runs of the keystroke payload in each host, alternating. */
const hostRuns = 2;

interface Spread {
  p50Ms: number;
  p95Ms: number;
  samples: number;
}

export interface EditorFigures {
  /** Median of the runs. */
  activationMs: number;
  activationRunsMs: number[];
  editToPreview: Spread;
  /** Keystroke → diagnostics in the extension host, desktop build and browser build. */
  keystrokeToDiagnostics: { node: Spread; web: Spread } | { notMeasured: string };
}

const spread = (samples: number[]): Spread => ({ p50Ms: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), samples: samples.length });

/** One run of a payload in the real editor; its `bench: {…}` line, parsed. */
function runPayload<T>(suite: string, web: boolean): T | { notMeasured: string } {
  const result = spawnSync(process.execPath, [path.join(root, 'test', 'editor', 'run-code-server.mjs'), ...(web ? ['--web'] : [])], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, PRFAQ_EDITOR_SUITE: suite },
  });
  const line = result.stdout.split('\n').find((text) => text.startsWith('bench: '));
  if (!line) return { notMeasured: `the real editor did not report (${(result.stderr || result.stdout).trim().split('\n').slice(-1)[0] ?? 'no output'})` };
  return JSON.parse(line.slice('bench: '.length)) as T;
}

export async function benchmarkEditor(): Promise<EditorFigures | { notMeasured: string }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-bench-editor-'));
  try {
    const suite = path.join(folder, 'suite.js');
    const keystrokes = path.join(folder, 'keystroke-suite.js');
    await esbuild.build({ entryPoints: [path.join(__dirname, 'editor', 'suite.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], outfile: suite, logLevel: 'warning' });
    // Loaded by both hosts: no Node in it.
    await esbuild.build({ entryPoints: [path.join(__dirname, 'editor', 'keystroke-suite.ts')], bundle: true, platform: 'browser', format: 'cjs', external: ['vscode'], outfile: keystrokes, logLevel: 'warning' });
    // The release build, as a writer installs it.
    const build = spawnSync(process.execPath, ['esbuild.config.mjs', '--production'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) return { notMeasured: `the release build failed: ${build.stderr.trim()}` };
    // Each run is a fresh editor and extension host: activation is a cold start every time.
    const activations: number[] = [];
    const edits: number[] = [];
    for (let run = 0; run < runs; run++) {
      const figures = runPayload<{ activationMs: number; editToPreviewMs: number[] }>(suite, false);
      if ('notMeasured' in figures) return figures;
      activations.push(figures.activationMs);
      edits.push(...figures.editToPreviewMs);
    }
    return {
      activationMs: median(activations),
      activationRunsMs: activations,
      editToPreview: spread(edits),
      keystrokeToDiagnostics: keystrokesInBothHosts(keystrokes),
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    // Leave dist/ as a development build, as the tests expect.
    spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: root });
  }
}

function keystrokesInBothHosts(suite: string): EditorFigures['keystrokeToDiagnostics'] {
  const samples = { node: [] as number[], web: [] as number[] };
  for (let run = 0; run < hostRuns; run++) {
    for (const host of ['node', 'web'] as const) {
      const figures = runPayload<{ host: string; keystrokeToDiagnosticsMs: number[] }>(suite, host === 'web');
      if ('notMeasured' in figures) return figures;
      if (figures.host !== host) return { notMeasured: `the ${host} run activated the ${figures.host} build` };
      samples[host].push(...figures.keystrokeToDiagnosticsMs);
    }
  }
  return { node: spread(samples.node), web: spread(samples.web) };
}
