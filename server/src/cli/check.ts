// Checking files with the engine's one pipeline, as the editor checks them. A
// handful of small files are checked here; many files, and any large one, go
// to the worker threads the language server uses (one per core), each within
// the editor's time limit, so one pathological file cannot stall a CI job.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { checkDocument, defaultParseTimeoutMs, skippedDocument, type CheckedDocument, type DocumentSummary, type Finding, type LintConfig } from '../../../core/src/index';
import { CheckPool } from '../workers/pool';
import { spawnThread } from '../workers/spawn-thread';
import { InputError } from './errors';
import { readDocument } from './read-document';

export interface FileResult {
  file: string;
  findings: Finding[];
  /** The document in a line, for `prfaq status`; missing when it was not read or not checked. */
  summary?: DocumentSummary;
  /** Why the file could not be checked. */
  error?: string;
}

/** Files this large are checked in a worker, as the language server checks them. */
const inPlaceBelowChars = 32 * 1024;

/** Below this many files per worker a worker costs more to start than it saves. */
const filesPerWorker = 64;

/**
 * Checks `files` under `config`, in order. `workerScript` is dist/parse-worker.js;
 * without it (running from source) every file is checked here.
 */
export async function checkFiles(files: string[], config: LintConfig, workerScript?: string, parseTimeoutMs = defaultParseTimeoutMs): Promise<FileResult[]> {
  const read = files.map((file) => readFile(file));
  const workers = Math.min(os.availableParallelism(), Math.ceil(files.length / filesPerWorker));
  const large = (text: string) => text.length >= inPlaceBelowChars;
  const needsPool = workers > 1 || read.some((entry) => 'text' in entry && large(entry.text));
  const pool = workerScript && needsPool && fs.existsSync(workerScript) ? new CheckPool(spawnThread(workerScript), { workers: Math.max(1, workers), timeoutMs: parseTimeoutMs, stopWhenIdleMs: 1_000 }) : undefined;
  try {
    return await Promise.all(
      read.map(async (entry) => {
        if ('error' in entry) return failed(entry.file, entry.error);
        const { file, text } = entry;
        if (!pool || (workers <= 1 && !large(text))) return resultOf(file, checkDocument(text, config, { name: file }));
        const outcome = await pool.check(file, text, config);
        return resultOf(file, 'checked' in outcome ? outcome.checked : skippedDocument(text, outcome.skipped, config));
      }),
    );
  } finally {
    pool?.dispose();
  }
}

function readFile(file: string): { file: string; text: string } | { file: string; error: unknown } {
  try {
    return { file, text: readDocument(file) };
  } catch (error) {
    return { file, error };
  }
}

/** A skipped file has no summary: `prfaq status` lists only the files it could read. */
function resultOf(file: string, { findings, summary, skipped }: Pick<CheckedDocument, 'findings' | 'summary' | 'skipped'>): FileResult {
  return skipped ? { file, findings } : { file, findings, summary };
}

function failed(file: string, error: unknown): FileResult {
  if (error instanceof InputError) return { file, findings: [], error: error.message };
  return { file, findings: [], error: `${file} could not be checked: ${error instanceof Error ? error.message : String(error)}. Please report this with the file.` };
}
