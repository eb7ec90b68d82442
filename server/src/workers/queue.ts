// Checks and renders documents one at a time in a worker (a thread in Node, a
// Web Worker in the browser), each within a time limit. A job that runs over
// is abandoned with its worker; the next job gets a fresh one. The language
// server has one for open documents; closed files and the command line use a
// pool of them (pool.ts).
import { SourceText, type LintConfig, type ParsedDocument, type SectionNames, type SkipReason } from '../../../core/src/index';
import type { CheckReply, RenderJob, WorkerMessage, WorkerReply } from './job';
import type { StartWorker, WorkerHandle } from './worker-host';

/** A check's answer; with `keepModel`, `parsed` holds the tree and model (undefined when skipped). */
export type CheckOutcome = { checked: Omit<CheckReply, 'tree' | 'model'>; parsed?: ParsedDocument } | { skipped: SkipReason };
export type RenderOutcome = { html: string } | { skipped: SkipReason };
type JobOutcome = CheckOutcome | RenderOutcome;

type JobBody = { check: { text: string; keepModel: boolean; name?: string }; config: LintConfig } | { render: { text: string; sections: SectionNames; job: RenderJob } };

interface Job {
  id: number;
  key: string;
  body: JobBody;
  settle(outcome: JobOutcome): void;
}

export class WorkerQueue {
  private worker: WorkerHandle | undefined;
  /** The configuration the current worker was last sent: a check under another one sends it first. */
  private configSent: LintConfig | undefined;
  private running: (Job & { timer: ReturnType<typeof setTimeout> }) | undefined;
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** Starts a worker in the host the queue runs in. */
    private readonly startWorker: StartWorker,
    readonly timeoutMs: number,
    /** Stops the worker once nothing has come for this long; the next job starts a new one. */
    private readonly options: { stopWhenIdleMs?: number } = {},
  ) {}

  /**
   * Checks `text` under `config`: findings and summary, and with `keepModel`
   * the tree and model too. A job still waiting under the same key (an older
   * version of the same document) is dropped and settles with this one's outcome.
   */
  check(key: string, text: string, config: LintConfig, keepModel = false): Promise<CheckOutcome> {
    // The key is the document's URI or path: its name tells whether the writer called it a PR/FAQ.
    return this.submit(`check:${key}`, { check: { text, keepModel, name: key }, config }) as Promise<CheckOutcome>;
  }

  /** Renders the preview page of `text` in the worker; an older render of the same document still waiting is dropped. */
  render(key: string, text: string, sections: SectionNames, job: RenderJob): Promise<RenderOutcome> {
    return this.submit(`render:${key}`, { render: { text, sections, job } }) as Promise<RenderOutcome>;
  }

  /** Jobs running or waiting. */
  get pending(): number {
    return this.waiting.length + (this.running ? 1 : 0);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.configSent = undefined;
  }

  private submit(key: string, body: JobBody): Promise<JobOutcome> {
    return new Promise((resolve) => {
      const superseded = this.waiting.filter((job) => job.key === key);
      const job: Job = {
        id: this.nextId++,
        key,
        body,
        settle: (outcome) => {
          resolve(outcome);
          for (const old of superseded) old.settle(outcome);
        },
      };
      this.waiting.splice(0, this.waiting.length, ...this.waiting.filter((waiting) => waiting.key !== key), job);
      this.startNext();
    });
  }

  private startNext(): void {
    if (this.running) return;
    clearTimeout(this.idleTimer);
    const job = this.waiting.shift();
    if (!job) {
      const idleMs = this.options.stopWhenIdleMs;
      if (idleMs !== undefined && this.worker) {
        this.idleTimer = setTimeout(() => this.dispose(), idleMs);
        // An idle worker's timer must not keep a process (the CLI, a test) alive.
        (this.idleTimer as { unref?: () => void }).unref?.();
      }
      return;
    }
    const timer = setTimeout(() => {
      // Only terminating the worker stops a job that is still running.
      this.dispose();
      this.finish({ skipped: { kind: 'too-slow', seconds: Math.round(this.timeoutMs / 1000) } });
    }, this.timeoutMs);
    this.running = { ...job, timer };
    const worker = this.ensureWorker();
    for (const message of this.messagesFor(job)) worker.post(message);
  }

  private messagesFor({ id, body }: Job): WorkerMessage[] {
    if ('render' in body) return [{ id, render: body.render }];
    const configure: WorkerMessage[] = body.config === this.configSent ? [] : [{ configure: body.config }];
    this.configSent = body.config;
    return [...configure, { id, check: body.check }];
  }

  private finish(outcome: JobOutcome): void {
    const job = this.running;
    if (!job) return;
    clearTimeout(job.timer);
    this.running = undefined;
    job.settle(outcome);
    this.startNext();
  }

  private outcomeOf(reply: WorkerReply, text: string): JobOutcome {
    if ('skipped' in reply) return { skipped: reply.skipped };
    if ('html' in reply) return { html: reply.html };
    const { tree, model, ...checked } = reply.checked;
    return { checked, ...(tree && model ? { parsed: { tree, model, source: new SourceText(text) } } : {}) };
  }

  private ensureWorker(): WorkerHandle {
    if (this.worker) return this.worker;
    const worker = this.startWorker({
      message: (reply: WorkerReply) => {
        if (reply.id !== this.running?.id) return;
        const body = this.running.body;
        this.finish(this.outcomeOf(reply, 'check' in body ? body.check.text : body.render.text));
      },
      error: (message) => {
        if (this.worker === worker) {
          this.worker = undefined;
          this.configSent = undefined;
        }
        this.finish({ skipped: { kind: 'failed', error: message } });
      },
    });
    this.worker = worker;
    return worker;
  }
}
