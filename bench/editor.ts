// Extension activation and edit → preview update in the real editor: the
// development build in code-server's extension host, as the real-editor tests
// run it, with bench/editor/suite.ts as the payload.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { median, percentile } from './stats';

/** Cold starts of the editor; activation varies by tens of milliseconds between them. */
const runs = 3;

const root = path.resolve(__dirname, '..');

export interface EditorFigures {
  /** Median of the runs. */
  activationMs: number;
  activationRunsMs: number[];
  editToPreview: { p50Ms: number; p95Ms: number; samples: number };
}

export async function benchmarkEditor(): Promise<EditorFigures | { notMeasured: string }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-bench-editor-'));
  try {
    const suite = path.join(folder, 'suite.js');
    await esbuild.build({ entryPoints: [path.join(__dirname, 'editor', 'suite.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], outfile: suite, logLevel: 'warning' });
    // The release build, as a writer installs it.
    const build = spawnSync(process.execPath, ['esbuild.config.mjs', '--production'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) return { notMeasured: `the release build failed: ${build.stderr.trim()}` };
    // Each run is a fresh editor and extension host: activation is a cold start every time.
    const activations: number[] = [];
    const edits: number[] = [];
    for (let run = 0; run < runs; run++) {
      const result = spawnSync(process.execPath, [path.join(root, 'test', 'editor', 'run-code-server.mjs')], {
        cwd: root,
        encoding: 'utf8',
        timeout: 300_000,
        env: { ...process.env, PRFAQ_EDITOR_SUITE: suite },
      });
      const line = result.stdout.split('\n').find((text) => text.startsWith('bench: '));
      if (!line) return { notMeasured: `the real editor did not report (${(result.stderr || result.stdout).trim().split('\n').slice(-1)[0] ?? 'no output'})` };
      const { activationMs, editToPreviewMs } = JSON.parse(line.slice('bench: '.length)) as { activationMs: number; editToPreviewMs: number[] };
      activations.push(activationMs);
      edits.push(...editToPreviewMs);
    }
    return {
      activationMs: median(activations),
      activationRunsMs: activations,
      editToPreview: { p50Ms: percentile(edits, 0.5), p95Ms: percentile(edits, 0.95), samples: edits.length },
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    // Leave dist/ as a development build, as the tests expect.
    spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: root });
  }
}
