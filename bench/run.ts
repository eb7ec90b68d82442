// `npm run bench`: every benchmark, one table of figures against the targets,
// and bench/results.json. Benchmarks, not tests: nothing here fails a build.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchmarkAnalysis } from './analysis';
import { buildReleaseBundles } from './build';
import { benchmarkCli } from './cli';
import { compareWith } from './compare';
import { benchmarkEditor, benchmarkFunnelEditor } from './editor';
import { benchmarkFunnelOverLsp, writeFunnelCorpus, type FunnelInEditor, type FunnelOverLsp } from './funnel';
import { benchmarkKeystrokes } from './lsp-latency';
import { benchmarkMemory } from './memory';
import { printTable, type Row } from './table';

const step = (name: string) => process.stderr.write(`bench: ${name}…\n`);

/** `npm run bench -- funnel`: only the 500-document funnel, over stdio and in the real editor. */
async function funnelOnly(): Promise<void> {
  step('release bundles');
  const bundles = await buildReleaseBundles();
  step('500 PR/FAQs summarised over stdio LSP while typing');
  const overLsp = await funnelOverLsp(bundles.folder, bundles.server);
  fs.rmSync(bundles.folder, { recursive: true, force: true });
  step('500 PR/FAQs in the PR/FAQs view of the real editor (code-server)');
  const rows = funnelRows(overLsp, await benchmarkFunnelEditor());
  printTable(rows);
}

function funnelOverLsp(folder: string, server: string): Promise<FunnelOverLsp> {
  const corpus = path.join(folder, 'funnel-bench');
  writeFunnelCorpus(corpus);
  return benchmarkFunnelOverLsp(server, corpus);
}

function funnelRows(overLsp: FunnelOverLsp, editor: FunnelInEditor | { notMeasured: string }): Row[] {
  const rows: Row[] = [
    { measure: `funnel: prfaq/summarize of ${overLsp.documents} PR/FAQs over stdio`, figure: ms(overLsp.summarizeAllMs), target: '', note: 'the server\'s part of filling the view, in the client\'s batches of 25, median of 3' },
    { measure: '  keystroke → diagnostics 5 KB meanwhile, p50 / p95', figure: `${ms(overLsp.whileSummarizing.p50Ms)} / ${ms(overLsp.whileSummarizing.p95Ms)}`, target: '≤ 25 ms p95', met: overLsp.whileSummarizing.p95Ms <= 25, note: `${overLsp.whileSummarizing.samples} edits over ${overLsp.passes} pass(es) of the whole funnel` },
    { measure: '  same typing, nothing else running, p50 / p95', figure: `${ms(overLsp.idle.p50Ms)} / ${ms(overLsp.idle.p95Ms)}`, target: '' },
    { measure: '  meanwhile ÷ nothing else, p50', figure: ratio(overLsp.whileSummarizing.p50Ms / overLsp.idle.p50Ms), target: '' },
  ];
  if ('notMeasured' in editor) {
    rows.push({ measure: 'funnel: PR/FAQs view in the editor', figure: 'not measured', target: '≤ 3 s', note: editor.notMeasured });
    return rows;
  }
  const { baseline, measured, firstOpening, reopening } = editor;
  rows.push(
    { measure: `funnel: PR/FAQs view lists all ${editor.files} PR/FAQs, first opening`, figure: ms(firstOpening.viewFilledMs), target: '≤ 3 s', met: firstOpening.viewFilledMs <= 3000, note: `from opening the view, activation included, rows listed from their front matter and first heading; runs ${firstOpening.runsMs.map((value) => value.toFixed(0)).join(', ')} ms; first rows at ${ms(firstOpening.firstRowsMs)}` },
    { measure: '  every row with its findings and lengths, first opening', figure: ms(firstOpening.allCheckedMs), target: '', note: `runs ${firstOpening.checkedRunsMs.map((value) => value.toFixed(0)).join(', ')} ms` },
    { measure: '  reopening the workspace (the cache answers)', figure: ms(reopening.viewFilledMs), target: '≤ 3 s', met: reopening.viewFilledMs <= 3000, note: `runs ${reopening.runsMs.map((value) => value.toFixed(0)).join(', ')} ms; every row checked at ${ms(reopening.allCheckedMs)}` },
    { measure: '  keystroke → diagnostics in the editor, p50 / p95', figure: `${ms(measured.settled.p50Ms)} / ${ms(measured.settled.p95Ms)}`, target: '', note: `${measured.settled.samples} edits to the 5 KB example with ${editor.files} PR/FAQs in the workspace` },
    { measure: '  same, while the generated files are written again, p50 / p95', figure: `${ms(measured.whileRewriting.p50Ms)} / ${ms(measured.whileRewriting.p95Ms)}`, target: '', note: `${measured.whileRewriting.samples} edits while ${measured.rewrites} files were rewritten and checked again` },
    { measure: `  baseline: ${editor.baselineFiles} PR/FAQ${editor.baselineFiles === 1 ? '' : 's'} in the workspace, p50 / p95`, figure: `${ms(baseline.settled.p50Ms)} / ${ms(baseline.settled.p95Ms)}`, target: '', note: 'the same payload, runs alternating with the measured ones' },
    { measure: '  while rewriting ÷ baseline, p50', figure: ratio(measured.whileRewriting.p50Ms / baseline.settled.p50Ms), target: '' },
  );
  return rows;
}

async function main(): Promise<void> {
  const started = Date.now();
  step('release bundles');
  const bundles = await buildReleaseBundles();
  step('full analysis against remark-parse and markdownlint');
  const analysis = benchmarkAnalysis();
  step('keystroke → diagnostics and edit → preview over stdio LSP');
  const latency = await benchmarkKeystrokes(bundles.server);
  step('server memory');
  const memory = await benchmarkMemory(bundles.server);
  step('CLI throughput');
  const cli = benchmarkCli(bundles.cli);
  step('500 PR/FAQs summarised over stdio LSP while typing');
  const funnelLsp = await funnelOverLsp(bundles.folder, bundles.server);
  fs.rmSync(bundles.folder, { recursive: true, force: true });
  step('activation and edit → preview in the real editor (code-server)');
  const editor = await benchmarkEditor();

  const rows: Row[] = [];
  for (const size of analysis) {
    rows.push({ measure: `full analysis ${size.size} (${kb(size.bytes)})`, figure: `${ms(size.prfaqMs)}/doc`, target: '', note: `remark-parse ${ms(size.remarkParseMs)}, markdownlint ${ms(size.markdownlintMs)}` });
    rows.push({ measure: '  ÷ remark-parse alone', figure: ratio(size.vsRemarkParse), target: '≤ 1.5×', met: size.vsRemarkParse <= 1.5 });
    rows.push({ measure: '  ÷ markdownlint (default rules)', figure: ratio(size.vsMarkdownlint), target: '≤ 0.5×', met: size.vsMarkdownlint <= 0.5 });
  }
  for (const size of analysis) rows.push({ measure: `preview render ${size.size}`, figure: `${ms(size.renderMs)}/doc`, target: '' });
  const latencyTargets: Record<string, number> = { '5 KB': 25, '50 KB': 150 };
  for (const size of latency) {
    const { p50Ms, p95Ms, samples } = size.keystrokeToDiagnostics;
    const target = latencyTargets[size.size];
    rows.push({ measure: `keystroke → diagnostics ${size.size}, p50`, figure: ms(p50Ms), target: '', note: `${samples} edits over stdio` });
    rows.push({ measure: `keystroke → diagnostics ${size.size}, p95`, figure: ms(p95Ms), target: target ? `≤ ${target} ms` : '', met: target ? p95Ms <= target : undefined });
  }
  for (const size of latency) {
    const { p50Ms, p95Ms, samples } = size.editToPreviewHtml;
    rows.push({ measure: `edit → preview HTML ${size.size}, p50 / p95`, figure: `${ms(p50Ms)} / ${ms(p95Ms)}`, target: '', note: `${samples} edits, render request over stdio` });
  }
  if ('notMeasured' in editor) {
    rows.push({ measure: 'edit → preview update in the editor', figure: 'not measured', target: '', note: editor.notMeasured });
    rows.push({ measure: 'extension activation', figure: 'not measured', target: '≤ 150 ms', note: editor.notMeasured });
  } else {
    const { p50Ms, p95Ms, samples } = editor.editToPreview;
    rows.push({ measure: 'edit → preview update in the editor, p50 / p95', figure: `${ms(p50Ms)} / ${ms(p95Ms)}`, target: '', note: `${samples} edits to the example in code-server (${editor.activationRunsMs.length} runs), until the panel has the new HTML` });
    rows.push({ measure: 'extension activation', figure: ms(editor.activationMs), target: '≤ 150 ms', met: editor.activationMs <= 150, note: `median of ${editor.activationRunsMs.length} cold starts (${editor.activationRunsMs.map((value) => value.toFixed(0)).join(', ')} ms), release build in code-server, code loading included` });
    const keys = editor.keystrokeToDiagnostics;
    if ('notMeasured' in keys) rows.push({ measure: 'keystroke → diagnostics in the editor', figure: 'not measured', target: '', note: keys.notMeasured });
    else {
      for (const host of ['node', 'web'] as const) {
        const { p50Ms, p95Ms, samples } = keys[host];
        rows.push({ measure: `keystroke → diagnostics in the editor, ${host === 'node' ? 'desktop build (Node host)' : 'browser build (web worker host)'}, p50 / p95`, figure: `${ms(p50Ms)} / ${ms(p95Ms)}`, target: '', note: `${samples} edits to the 5 KB example, until the findings change` });
      }
      rows.push({ measure: '  browser ÷ desktop, p50', figure: ratio(keys.web.p50Ms / keys.node.p50Ms), target: '' });
    }
  }
  rows.push({ measure: 'client bundle (minified)', figure: kb(bundles.bytes.client), target: '≤ 150 KB', met: bundles.bytes.client <= 150 * 1024 });
  rows.push({ measure: 'server bundle (minified)', figure: kb(bundles.bytes.server), target: '≤ 1 MB', met: bundles.bytes.server <= 1024 * 1024 });
  rows.push({ measure: 'export bundle (minified)', figure: kb(bundles.bytes.export), target: '', note: 'docx and pdf-lib, loaded only when exporting to PDF or Word' });
  const web = bundles.bytes.web;
  rows.push({ measure: 'browser build: client (minified)', figure: kb(web.client), target: '', note: 'dist/web/extension.js, loaded by the web worker extension host' });
  rows.push({ measure: 'browser build: language server worker', figure: kb(web.server), target: '', note: 'dist/web/server.js' });
  rows.push({ measure: 'browser build: parse worker', figure: kb(web.parseWorker), target: '', note: 'dist/web/parse-worker.js, started for documents of 32 KB or more' });
  rows.push({ measure: 'browser build: Word export worker', figure: kb(web.wordExport), target: '', note: 'dist/web/export-docx.js, started only when exporting to Word' });
  for (const sample of memory) {
    const target = sample.documents === 100 ? 80 : undefined;
    rows.push({ measure: `server RSS, ${sample.documents} open document${sample.documents === 1 ? '' : 's'}`, figure: mb(sample.rssBytes), target: target ? `≤ ${target} MB` : '', met: target ? sample.rssBytes <= target * 1024 * 1024 : undefined });
  }
  rows.push(...funnelRows(funnelLsp, 'notMeasured' in editor ? editor : editor.funnel));
  rows.push({ measure: `CLI, ${cli.files} typical files`, figure: `${Math.round(cli.filesPerSecond)} files/s`, target: '≥ 500 files/s', met: cli.filesPerSecond >= 500, note: `${cli.seconds.toFixed(2)} s, median of ${cli.runs}` });

  printTable(rows);
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg() };
  const results = { date: new Date().toISOString(), machine, seconds: (Date.now() - started) / 1000, analysis, latency, memory, cli, funnelLsp, bundles: bundles.bytes, editor, rows };
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`bench: done in ${results.seconds.toFixed(0)} s; figures in bench/results.json\n`);
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ratio = (value: number) => `${value.toFixed(2)}×`;

(process.argv[2] === 'compare' ? compareWith(process.argv[3] ?? '') : process.argv.includes('funnel') ? funnelOnly() : main()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
