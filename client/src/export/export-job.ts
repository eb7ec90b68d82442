// What the extension asks its export workers, and what they answer: the same
// job for the desktop's worker thread (export-thread.ts) and the browser's
// Web Worker (docx-worker-web.ts), so the engine never runs on the extension
// host's own thread.
import type { DocxSettings, ExportSettings, PageReport } from '../../../core/src/index';

export type ExportJob = { kind: 'docx'; text: string; settings: DocxSettings } | { kind: 'pdf'; text: string; settings: ExportSettings };

export type ExportReply =
  | { bytes: Uint8Array; pages?: PageReport }
  /** `browserMissing`: no Chromium-family browser was found, and the writer is offered the setting. */
  | { error: string; browserMissing?: boolean };

/** Settings read from the configuration are proxies, which postMessage cannot copy: plain data only. */
export function plainJob(job: ExportJob): ExportJob {
  return JSON.parse(JSON.stringify(job)) as ExportJob;
}
