// Checking files: the same model and rules as the editor. Many files are
// spread over worker threads, one per core.
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { failureSkip, sizeSkip, skipFinding, type SkipReason } from '../analysis/limits';
import { buildModel } from '../model/build';
import { TooDeeplyNestedError } from '../model/parse';
import { SourceText } from '../model/source';
import { runRules, type LintConfig } from '../rules/run';
import type { Finding } from '../rules/types';
import { InputError } from './errors';
import { readDocument } from './read-document';

export interface FileResult {
  file: string;
  findings: Finding[];
  /** Why the file could not be checked. */
  error?: string;
}

export function checkFile(file: string, config: LintConfig): FileResult {
  try {
    const text = readDocument(file);
    const skipped = (reason: SkipReason) => ({ file, findings: [skipFinding(reason, new SourceText(text))] });
    const tooLarge = sizeSkip(text, config.maxDocumentKB);
    if (tooLarge) return skipped(tooLarge);
    try {
      return { file, findings: runRules(buildModel(text, { sections: config.sections }), config) };
    } catch (error) {
      if (error instanceof TooDeeplyNestedError) return skipped(failureSkip(error));
      throw error;
    }
  } catch (error) {
    if (error instanceof InputError) return { file, findings: [], error: error.message };
    return { file, findings: [], error: `${file} could not be checked: ${error instanceof Error ? error.message : String(error)}. Please report this with the file.` };
  }
}

/** Below this many files a worker costs more to start than it saves. */
const filesPerWorker = 64;

export async function checkFiles(files: string[], config: LintConfig, workerScript?: string): Promise<FileResult[]> {
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
