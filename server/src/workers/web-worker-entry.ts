// Web Worker entry (dist/web/parse-worker.js): parses and renders large
// documents off the browser language server's thread.
import { parseJob, type ParseRequest } from './parse-job';

declare const self: { onmessage: ((event: { data: ParseRequest }) => void) | null; postMessage(message: unknown): void };

self.onmessage = (event) => self.postMessage(parseJob(event.data));
