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
import { benchmarkFunnelInEditor, writeFunnelCorpus, type FunnelInEditor } from './funnel';
import { median, spread, type Spread } from './stats';

/** Cold starts of the editor; activation varies by tens of milliseconds between them. */
const runs = 3;

const root = path.resolve(__dirname, '..');

/** Runs of the keystroke payload in each host, alternating. */
const hostRuns = 2;

export interface EditorFigures {
  /** Median of the runs. */
  activationMs: number;
  activationRunsMs: number[];
  editToPreview: Spread;
  /** Keystroke → diagnostics in the extension host, desktop build and browser build. */
  keystrokeToDiagnostics: { node: Spread; web: Spread } | { notMeasured: string };
  /** The PR/FAQs view with 500 generated PR/FAQs in the workspace (bench/funnel.ts), desktop build. */
  funnel: FunnelInEditor | { notMeasured: string };
}

/** One run of a payload in the real editor; its `bench: {…}` line, parsed. */
function runPayload<T>(suite: string, web: boolean, workspaceFolder?: string, keepStateIn?: string): T | { notMeasured: string } {
  const result = spawnSync(process.execPath, [path.join(root, 'test', 'editor', 'run-code-server.mjs'), ...(web ? ['--web'] : [])], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, PRFAQ_EDITOR_SUITE: suite, ...(workspaceFolder ? { PRFAQ_EDITOR_WORKSPACE_FOLDER: workspaceFolder } : {}), ...(keepStateIn ? { PRFAQ_EDITOR_KEEP_STATE: keepStateIn } : {}) },
  });
  const line = result.stdout.split('\n').find((text) => text.startsWith('bench: '));
  if (!line) return { notMeasured: `the real editor did not report (${(result.stderr || result.stdout).trim().split('\n').slice(-1)[0] ?? 'no output'})` };
  return JSON.parse(line.slice('bench: '.length)) as T;
}

export function benchmarkEditor(): Promise<EditorFigures | { notMeasured: string }> {
  return withReleaseBuild(async (folder) => {
    const suite = await bundlePayload(folder, 'suite', 'node');
    // Loaded by both hosts: no Node in it.
    const keystrokes = await bundlePayload(folder, 'keystroke-suite', 'browser');
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
      funnel: await funnelInEditor(folder),
    };
  });
}

/** Only the funnel's runs (`npm run bench -- funnel`). */
export function benchmarkFunnelEditor(): Promise<FunnelInEditor | { notMeasured: string }> {
  return withReleaseBuild(funnelInEditor);
}

async function funnelInEditor(folder: string): Promise<FunnelInEditor | { notMeasured: string }> {
  const payload = await bundlePayload(folder, 'funnel-suite', 'node');
  // Two workspaces: the example alone, and the example with the generated PR/FAQs.
  const baseline = path.join(folder, 'baseline-workspace');
  fs.mkdirSync(baseline);
  const measured = path.join(folder, 'funnel-workspace');
  writeFunnelCorpus(path.join(measured, 'ideas'));
  return benchmarkFunnelInEditor((workspace, keep) => runPayload(payload, false, workspace, keep), { baseline, measured }, folder);
}

async function bundlePayload(folder: string, name: string, platform: 'node' | 'browser'): Promise<string> {
  const outfile = path.join(folder, `${name}.js`);
  await esbuild.build({ entryPoints: [path.join(__dirname, 'editor', `${name}.ts`)], bundle: true, platform, format: 'cjs', external: ['vscode'], outfile, logLevel: 'warning' });
  return outfile;
}

/** Runs `measure` on the release build, as a writer installs it, with a scratch folder; dist/ is a development build again afterwards, as the tests expect. */
async function withReleaseBuild<T>(measure: (folder: string) => Promise<T | { notMeasured: string }>): Promise<T | { notMeasured: string }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-bench-editor-'));
  try {
    const build = spawnSync(process.execPath, ['esbuild.config.mjs', '--production'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) return { notMeasured: `the release build failed: ${build.stderr.trim()}` };
    return await measure(folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
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
