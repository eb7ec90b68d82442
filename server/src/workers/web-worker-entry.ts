// Web Worker entry (dist/web/parse-worker.js): checks and renders large
// documents off the browser language server's thread.
import { workerJobs, type WorkerMessage } from './job';

declare const self: { onmessage: ((event: { data: WorkerMessage }) => void) | null; postMessage(message: unknown): void };

const handle = workerJobs();
self.onmessage = (event) => {
  const reply = handle(event.data);
  if (reply) self.postMessage(reply);
};
