// The one thing a worker queue needs from its host: a worker it can start,
// post a job to, hear back from and stop. Node gives it a worker thread
// (spawn-thread.ts), the browser a Web Worker (spawn-web-worker.ts); the rest
// of the server and the command line do not know which.
import type { WorkerMessage, WorkerReply } from './job';

export interface WorkerEvents {
  message(reply: WorkerReply): void;
  /** The worker failed or could not start. */
  error(message: string): void;
}

export interface WorkerHandle {
  post(message: WorkerMessage): void;
  /** Stops it at once, even in the middle of a job. */
  terminate(): void;
}

export type StartWorker = (events: WorkerEvents) => WorkerHandle;
