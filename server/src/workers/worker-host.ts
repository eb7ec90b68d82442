// The one thing the parse queue needs from its host: a worker it can start,
// post a parse to, hear back from and stop. Node gives it a worker thread
// (node-parse-worker.ts), the browser a Web Worker (web-parse-worker.ts); the
// rest of the server does not know which.
import type { ParseReply, ParseRequest } from './parse-job';

export interface ParseWorkerEvents {
  message(reply: ParseReply): void;
  /** The worker failed or could not start. */
  error(message: string): void;
}

export interface ParseWorker {
  post(request: ParseRequest): void;
  /** Stops it at once, even in the middle of a parse. */
  terminate(): void;
}

export type StartParseWorker = (events: ParseWorkerEvents) => ParseWorker;
