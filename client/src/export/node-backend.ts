// Export in desktop VS Code: each export runs in a worker thread of its own
// (dist/export-thread.js, with docx, pdf-lib and the headless browser print),
// started on the first export, not at activation, and stopped after it.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PageReport } from '../../../core/src/index';
import { describePages } from '../../../shared/src/budgets';
import type { ExportBackend } from './backend';
import { plainJob, type ExportJob, type ExportReply } from './export-job';

/** The error of an export whose browser could not be found: the writer is offered the setting. */
class BrowserMissingError extends Error {}

/** Printing has its own time limit (60 s); this only stops a thread that never answers. */
const threadTimeLimitMs = 180_000;

function runInThread(script: string, job: ExportJob): Promise<{ bytes: Uint8Array; pages?: PageReport }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`the export took longer than ${threadTimeLimitMs / 1000} s and was stopped`))), threadTimeLimitMs);
    worker.once('message', (reply: ExportReply) =>
      finish(() => ('bytes' in reply ? resolve({ bytes: reply.bytes, ...(reply.pages ? { pages: reply.pages } : {}) }) : reject(reply.browserMissing ? new BrowserMissingError(reply.error) : new Error(reply.error)))),
    );
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`the export stopped before it finished (exit code ${code})`))));
    worker.postMessage(plainJob(job));
  });
}

export function nodeExportBackend(extensionPath: string): ExportBackend {
  const script = path.join(extensionPath, 'dist', 'export-thread.js');
  return {
    docx: async (text, settings) => (await runInThread(script, { kind: 'docx', text, settings })).bytes,
    pdf: {
      print: async (text, settings) => {
        const { bytes, pages } = await runInThread(script, { kind: 'pdf', text, settings });
        return { pdf: bytes, pages: pages! };
      },
      describePages,
      isBrowserMissing: (error) => error instanceof BrowserMissingError,
    },
  };
}
