// Worker thread entry (dist/parse-worker.js): parses documents off the server's
// main thread, so a slow document never stops it answering the editor.
import { parentPort } from 'node:worker_threads';
import { parseJob, type ParseRequest } from './parse-job';

parentPort?.on('message', (request: ParseRequest) => parentPort?.postMessage(parseJob(request)));
