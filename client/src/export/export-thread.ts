// Worker thread entry (dist/export-thread.js): desktop VS Code writes Word
// documents and prints PDFs here, started for one export and stopped after it,
// so neither the engine nor docx and pdf-lib load in the extension host.
import { parentPort } from 'node:worker_threads';
import { BrowserNotFoundError, exportDocx, exportPdf } from '../../../core/src/index';
import type { ExportJob, ExportReply } from './export-job';

async function run(job: ExportJob): Promise<ExportReply> {
  try {
    if (job.kind === 'docx') return { bytes: await exportDocx(job.text, job.settings) };
    const { pdf, pages } = await exportPdf(job.text, job.settings);
    return { bytes: pdf, pages };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), browserMissing: error instanceof BrowserNotFoundError };
  }
}

parentPort?.once('message', (job: ExportJob) => {
  void run(job).then((reply) => parentPort?.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []));
});
