// Workers as Web Workers running dist/web/parse-worker.js (web-worker-entry.ts), for the
// language server when it runs in the browser (vscode.dev, github.dev).
import { startBrowserWorker, type BrowserWorker } from '../../../shared/src/browser-worker';
import type { WorkerMessage, WorkerReply } from './job';
import type { StartWorker } from './worker-host';

declare const Blob: new (parts: string[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string; revokeObjectURL(url: string): void };

export function spawnWebWorker(url: string): StartWorker {
  return (events) => {
    let worker: BrowserWorker<WorkerReply, WorkerMessage>;
    try {
      worker = startBrowserWorker(bootstrapUrl(url), 'prfaq parse worker');
    } catch (error) {
      // Reported as a failed parse: the document gets its analysis-skipped answer.
      const message = `the parse worker could not start: ${error instanceof Error ? error.message : String(error)}`;
      queueMicrotask(() => events.error(message));
      return { post: () => {}, terminate: () => {} };
    }
    worker.onmessage = (event) => events.message(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      events.error(event.message || 'the parse worker failed');
    };
    return {
      post: (message) => worker.postMessage(message),
      terminate: () => worker.terminate(),
    };
  };
}

/**
 * A same-origin script that loads the worker's: the extension's files may be
 * served from another origin (vscode.dev serves them from a CDN), and a Worker
 * may only be started from its own origin, while importScripts may load any.
 */
function bootstrapUrl(url: string): string {
  return URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(url)});`], { type: 'text/javascript' }));
}
