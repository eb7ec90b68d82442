// Export in the browser (vscode.dev, github.dev): the Word document is written
// in a Web Worker (dist/web/export-docx.js) started for each export and
// stopped after it, so the docx library loads only when used. No PDF: there is
// no browser program to print with.
import * as vscode from 'vscode';
import { plainJob, type ExportJob, type ExportReply } from './export-job';
import { startBrowserWorker } from '../../../shared/src/browser-worker';
import { workerScriptUrl } from '../web-worker-script';
import type { ExportBackend } from './backend';


/** A Word document of a very long PR/FAQ takes a second or two; past this the worker is stopped. */
const docxTimeLimitMs = 60_000;

export function webExportBackend(extensionUri: vscode.Uri): ExportBackend {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'export-docx.js');
  return {
    docx: async (text, settings) => {
      const url = await workerScriptUrl(script);
      return new Promise((resolve, reject) => {
        const worker = startBrowserWorker<ExportReply, ExportJob>(url, 'prfaq Word export');
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          worker.terminate();
          settle();
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`writing the Word document took longer than ${docxTimeLimitMs / 1000} s`))), docxTimeLimitMs);
        worker.onmessage = ({ data }) => finish(() => ('bytes' in data ? resolve(data.bytes) : reject(new Error(data.error))));
        worker.onerror = (event) => {
          event.preventDefault();
          finish(() => reject(new Error(event.message || 'the Word export worker failed')));
        };
        worker.postMessage(plainJob({ kind: 'docx', text, settings }));
      });
    },
  };
}
