// Workers as Node worker threads running dist/parse-worker.js (thread-entry.ts).
import { Worker } from 'node:worker_threads';
import type { StartWorker } from './worker-host';

export function spawnThread(script: string): StartWorker {
  return (events) => {
    const worker = new Worker(script);
    worker.on('message', events.message);
    worker.on('error', (error) => events.error(error.message));
    // An idle worker must not keep the process alive after `exit`.
    worker.unref();
    return {
      post: (message) => worker.postMessage(message),
      terminate: () => void worker.terminate(),
    };
  };
}
