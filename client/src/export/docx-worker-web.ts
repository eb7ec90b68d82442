// Web Worker entry (dist/web/export-docx.js): writes the Word document in the
// browser (vscode.dev, github.dev), started by the web client only when
// someone exports, so the docx library never loads otherwise.
import { exportDocx } from '../../../core/src/index';
import type { ExportJob, ExportReply } from './export-job';

declare const self: {
  onmessage: ((event: { data: ExportJob }) => void) | null;
  postMessage(message: ExportReply, transfer?: unknown[]): void;
};

self.onmessage = ({ data: job }) => {
  if (job.kind !== 'docx') {
    self.postMessage({ error: 'the browser build writes Word documents only' });
    return;
  }
  exportDocx(job.text, job.settings).then(
    (bytes) => self.postMessage({ bytes }, [bytes.buffer]),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
