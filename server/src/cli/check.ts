// Checking files: the same model and rules as the editor. Many files are
// spread over worker threads, one per core; large files are parsed in the
// editor's parse worker, within its time limit.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { defaultParseTimeoutMs, failureSkip, sizeSkip, skipFinding, type SkipReason } from '../analysis/limits';
import { nodeParseWorker } from '../analysis/node-parse-worker';
import { ParseQueue } from '../analysis/parse-queue';
import { buildModel } from '../model/build';
import { TooDeeplyNestedError } from '../model/parse';
import { SourceText } from '../model/source';
import { runRules, type LintConfig } from '../rules/run';
import type { Finding } from '../rules/types';
import type { PrFaq } from '../model/types';
import { summarize, type DocumentSummary } from '../features/summary';
import { InputError } from './errors';
import { readDocument } from './read-document';

export interface FileResult {
  file: string;
  findings: Finding[];
  /** The document in a line, for `prfaq status`; missing when it was not read. */
  summary?: DocumentSummary;
  /** Why the file could not be checked. */
  error?: string;
}

export function checkFile(file: string, config: LintConfig): FileResult {
  try {
    const text = readDocument(file);
    const tooLarge = sizeSkip(text, config.maxDocumentKB);
    if (tooLarge) return skipped(file, text, tooLarge);
    try {
      return analysed(file, buildModel(text, { sections: config.sections }), config);
    } catch (error) {
      if (error instanceof TooDeeplyNestedError) return skipped(file, text, failureSkip(error));
      throw error;
    }
  } catch (error) {
    return failed(file, error);
  }
}

/** A large file is parsed in a worker within the editor's time limit, so one pathological file cannot stall a CI job. */
async function checkLargeFile(file: string, config: LintConfig, queue: ParseQueue): Promise<FileResult> {
  try {
    const text = readDocument(file);
    const tooLarge = sizeSkip(text, config.maxDocumentKB);
    if (tooLarge) return skipped(file, text, tooLarge);
    const outcome = await queue.parse(file, text, config.sections);
    if ('skipped' in outcome) return skipped(file, text, outcome.skipped);
    return analysed(file, outcome.parsed.model, config);
  } catch (error) {
    return failed(file, error);
  }
}

function analysed(file: string, model: PrFaq, config: LintConfig): FileResult {
  const findings = runRules(model, config);
  return { file, findings, summary: summarize(model, findings, config) };
}

function skipped(file: string, text: string, reason: SkipReason): FileResult {
  return { file, findings: [skipFinding(reason, new SourceText(text))] };
}

function failed(file: string, error: unknown): FileResult {
  if (error instanceof InputError) return { file, findings: [], error: error.message };
  return { file, findings: [], error: `${file} could not be checked: ${error instanceof Error ? error.message : String(error)}. Please report this with the file.` };
}

/** Files this large go to the parse worker, as the language server sends them. */
const inPlaceBelowBytes = 32 * 1024;

/** Below this many files a worker costs more to start than it saves. */
const filesPerWorker = 64;

export async function checkFiles(files: string[], config: LintConfig, workerScript?: string, parseTimeoutMs = defaultParseTimeoutMs): Promise<FileResult[]> {
  const parseWorker = workerScript ? path.join(path.dirname(workerScript), 'parse-worker.js') : undefined;
  if (!parseWorker || !fs.existsSync(parseWorker)) return checkInProcess(files, config, workerScript);
  const isLarge = (file: string) => {
    try {
      return fs.statSync(file).size >= inPlaceBelowBytes;
    } catch {
      return false;
    }
  };
  const large = files.filter(isLarge);
  const queue = new ParseQueue(nodeParseWorker(parseWorker), parseTimeoutMs);
  try {
    const [smallResults, largeResults] = await Promise.all([
      checkInProcess(files.filter((file) => !isLarge(file)), config, workerScript),
      (async () => {
        const results: FileResult[] = [];
        for (const file of large) results.push(await checkLargeFile(file, config, queue));
        return results;
      })(),
    ]);
    const byFile = new Map([...smallResults, ...largeResults].map((result) => [result.file, result]));
    return files.map((file) => byFile.get(file)!);
  } finally {
    queue.dispose();
  }
}

async function checkInProcess(files: string[], config: LintConfig, workerScript: string | undefined): Promise<FileResult[]> {
  const workers = Math.min(os.availableParallelism(), Math.ceil(files.length / filesPerWorker));
  if (!workerScript || workers <= 1) return files.map((file) => checkFile(file, config));
  const chunks: string[][] = Array.from({ length: workers }, () => []);
  files.forEach((file, index) => chunks[index % workers]!.push(file));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<FileResult[]>((resolve, reject) => {
          const worker = new Worker(workerScript, { workerData: { prfaqCheck: { files: chunk, config } } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const byFile = new Map(results.flat().map((result) => [result.file, result]));
  return files.map((file) => byFile.get(file)!);
}
