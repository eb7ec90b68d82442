// Workers for many documents at once: closed files for the language server (the
// PR/FAQs view, workspace diagnostics) and every file for `prfaq check`. Each
// check goes to the worker with the least to do; each worker is stopped once
// idle, and its memory with it.
import type { LintConfig } from '../../../core/src/index';
import { WorkerQueue, type CheckOutcome } from './queue';
import type { StartWorker } from './worker-host';

export interface PoolOptions {
  workers: number;
  timeoutMs: number;
  /** How long a worker waits for work before it is stopped. */
  stopWhenIdleMs: number;
}

export class CheckPool {
  private readonly queues: WorkerQueue[];

  constructor(startWorker: StartWorker, { workers, timeoutMs, stopWhenIdleMs }: PoolOptions) {
    this.queues = Array.from({ length: Math.max(1, workers) }, () => new WorkerQueue(startWorker, timeoutMs, { stopWhenIdleMs }));
  }

  check(key: string, text: string, config: LintConfig): Promise<CheckOutcome> {
    const queue = this.queues.reduce((least, next) => (next.pending < least.pending ? next : least));
    return queue.check(key, text, config);
  }

  dispose(): void {
    for (const queue of this.queues) queue.dispose();
  }
}
