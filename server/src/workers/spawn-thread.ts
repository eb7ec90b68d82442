// Parse workers as Node worker threads running dist/parse-worker.js.
import { Worker } from 'node:worker_threads';
import type { StartParseWorker } from './worker-host';

export function nodeParseWorker(script: string): StartParseWorker {
  return (events) => {
    const worker = new Worker(script);
    worker.on('message', events.message);
    worker.on('error', (error) => events.error(error.message));
    // An idle worker must not keep the process alive after `exit`.
    worker.unref();
    return {
      post: (request) => worker.postMessage(request),
      terminate: () => void worker.terminate(),
    };
  };
}
