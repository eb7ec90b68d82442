// Worker thread entry (dist/parse-worker.js): checks and renders documents off
// the main thread of the language server or the command line, so a slow
// document never stops them answering.
import { parentPort } from 'node:worker_threads';
import { workerJobs, type WorkerMessage } from './job';

const handle = workerJobs();
parentPort?.on('message', (message: WorkerMessage) => {
  const reply = handle(message);
  if (reply) parentPort?.postMessage(reply);
});
