// The funnel with 500 PR/FAQs: a folder of generated documents at every stage,
// then (1) over stdio, keystroke → diagnostics while the client's
// prfaq/summarize batches for all of them run, against the same typing with
// nothing else to do, in the same process; (2) in the real editor, how long
// the PR/FAQs view takes to list them all and keystroke latency meanwhile,
// against a baseline run in a workspace without them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { summarizeRequest, type SummarizedDocument } from '../shared/src/protocol';
import { generatePrfaq } from './corpus';
import { startLspSession } from './lsp-client';
import { median, now, spread, type Spread } from './stats';

export const funnelDocuments = 500;
const stages = ['listen', 'define', 'invent', 'refine', 'test-and-iterate', 'draft', 'review', 'final', ''];
/** What the client sends per prfaq/summarize request (client/src/funnel/workspace-documents.ts). */
const batchSize = 25;

/** Writes `count` PR/FAQs of 3 to 15 KB, a ninth of them with no stage, into `folder`. */
export function writeFunnelCorpus(folder: string, count = funnelDocuments): string[] {
  fs.mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const stage = stages[index % stages.length]!;
    const body = generatePrfaq(3 * 1024 + ((index * 2477) % (12 * 1024)), 100 + index);
    const file = path.join(folder, `idea-${String(index + 1).padStart(3, '0')}.prfaq.md`);
    fs.writeFileSync(file, `---\n${stage ? `stage: ${stage}\n` : ''}author: Bench Writer ${index % 17}\n---\n\n${body}`);
    files.push(file);
  }
  return files;
}

export interface FunnelOverLsp {
  documents: number;
  /** prfaq/summarize of every document, in the client's batches, with nothing else going on. */
  summarizeAllMs: number;
  idle: Spread;
  whileSummarizing: Spread;
  /** How many times the whole funnel was summarised while the timed keystrokes ran. */
  passes: number;
}

export async function benchmarkFunnelOverLsp(serverScript: string, folder: string, edits = 150): Promise<FunnelOverLsp> {
  const files = fs.readdirSync(folder).map((name) => path.join(folder, name));
  const batches: Array<Array<{ uri: string; text: string }>> = [];
  for (let start = 0; start < files.length; start += batchSize) {
    batches.push(files.slice(start, start + batchSize).map((file) => ({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') })));
  }
  const session = await startLspSession(serverScript);
  const summarizeAll = async () => {
    for (const documents of batches) await session.connection.sendRequest<SummarizedDocument[]>(summarizeRequest, { documents });
  };
  // Warm, then timed three times.
  await summarizeAll();
  const passesMs: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const started = now();
    await summarizeAll();
    passesMs.push(now() - started);
  }

  const uri = 'file:///bench/typing.prfaq.md';
  const text = generatePrfaq(5 * 1024, 11);
  await session.open(uri, text);
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (lines[line]!.trim() === '' || lines[line]!.startsWith('#')) line++;
  let character = lines[line]!.length;
  let version = 1;
  const type = async (count: number): Promise<number[]> => {
    const timings: number[] = [];
    for (let edit = 0; edit < count; edit++) {
      const started = now();
      const published = session.diagnosticsFor(uri, ++version);
      const position = { line, character: character++ };
      await session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text: 'x' }] });
      await published;
      timings.push(now() - started);
    }
    return timings;
  };
  await type(30);
  const idle = await type(edits);
  let typing = true;
  let passes = 0;
  const background = (async () => {
    while (typing) {
      await summarizeAll();
      passes++;
    }
  })();
  const busy = await type(edits);
  typing = false;
  await background;
  await session.stop();
  return { documents: files.length, summarizeAllMs: median(passesMs), idle: spread(idle), whileSummarizing: spread(busy), passes };
}

export interface FunnelInEditor {
  /** PR/FAQs in the workspace of the measured run (the generated ones and the example); the baseline holds only the example. */
  files: number;
  baselineFiles: number;
  /** From opening the view (activation included) until the first rows, until every file is listed, and until every file is checked; medians of the runs. */
  firstOpening: { firstRowsMs: number; viewFilledMs: number; runsMs: number[]; allCheckedMs: number; checkedRunsMs: number[] };
  /** The same workspace opened again with the same editor state: the cache answers for unchanged files. */
  reopening: { viewFilledMs: number; runsMs: number[]; allCheckedMs: number };
  baseline: { settled: Spread };
  measured: { settled: Spread; whileRewriting: Spread; rewrites: number };
}

export interface FunnelPayload {
  files: number;
  firstRowsMs: number;
  /** Every file listed, some still being checked. */
  viewFilledMs: number;
  /** Every file listed with its findings and lengths. */
  allCheckedMs: number;
  settled: number[];
  whileRewriting: number[];
  rewriteCount: number;
}

type RunPayload = (workspace: string, keepStateIn?: string) => FunnelPayload | { notMeasured: string };

/**
 * `runPayload` runs the payload once in a fresh editor on a copy of the
 * workspace folder given (the example is added to both); with `keepStateIn`,
 * the copy and the editor's state are kept there for the next run.
 */
export function benchmarkFunnelInEditor(runPayload: RunPayload, workspaces: { baseline: string; measured: string }, scratch: string, runs = 2): FunnelInEditor | { notMeasured: string } {
  const baseline: FunnelPayload[] = [];
  const first: FunnelPayload[] = [];
  const again: FunnelPayload[] = [];
  // Alternating, so a slow moment of the machine falls on every kind of run.
  for (let run = 0; run < runs; run++) {
    const kept = path.join(scratch, `kept-${run}`);
    for (const [into, folder, keep] of [[baseline, workspaces.baseline, undefined], [first, workspaces.measured, kept], [again, workspaces.measured, kept]] as const) {
      const figures = runPayload(folder, keep);
      if ('notMeasured' in figures) return figures;
      into.push(figures);
    }
    fs.rmSync(kept, { recursive: true, force: true });
  }
  const all = (runs: FunnelPayload[], pick: (run: FunnelPayload) => number[]) => runs.flatMap(pick);
  const measured = [...first, ...again];
  return {
    files: first[0]!.files,
    baselineFiles: baseline[0]!.files,
    firstOpening: {
      firstRowsMs: median(first.map((run) => run.firstRowsMs)),
      viewFilledMs: median(first.map((run) => run.viewFilledMs)),
      runsMs: first.map((run) => run.viewFilledMs),
      allCheckedMs: median(first.map((run) => run.allCheckedMs)),
      checkedRunsMs: first.map((run) => run.allCheckedMs),
    },
    reopening: { viewFilledMs: median(again.map((run) => run.viewFilledMs)), runsMs: again.map((run) => run.viewFilledMs), allCheckedMs: median(again.map((run) => run.allCheckedMs)) },
    baseline: { settled: spread(all(baseline, (run) => run.settled)) },
    measured: {
      settled: spread(all(measured, (run) => run.settled)),
      whileRewriting: spread(all(measured, (run) => run.whileRewriting)),
      rewrites: measured.reduce((sum, run) => sum + run.rewriteCount, 0),
    },
  };
}
