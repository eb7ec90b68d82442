// Parses (and renders) large documents one at a time in a worker (a thread in
// Node, a Web Worker in the browser), each within a time limit. A job that
// runs over is abandoned with its worker; the next job gets a fresh one.
import type { ParsedDocument } from '../model/build';
import type { SectionNames } from '../model/heading-names';
import { SourceText } from '../model/source';
import type { SkipReason } from './limits';
import type { LintConfig } from '../rules/run';
import type { CheckResult, ParseReply, RenderJob } from './parse-job';
import type { ParseWorker, StartParseWorker } from './worker-host';

export type ParseOutcome = { parsed: ParsedDocument } | { skipped: SkipReason };
export type RenderOutcome = { html: string } | { skipped: SkipReason };
export type CheckOutcome = { checked: CheckResult } | { skipped: SkipReason };
type JobOutcome = ParseOutcome | RenderOutcome | CheckOutcome;

interface Job {
  id: number;
  key: string;
  text: string;
  sections: SectionNames;
  render?: RenderJob;
  check?: LintConfig;
  settle(outcome: JobOutcome): void;
}

export class ParseQueue {
  private worker: ParseWorker | undefined;
  private running: (Job & { timer: ReturnType<typeof setTimeout> }) | undefined;
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** Starts a worker in the host the server runs in. */
    private readonly startWorker: StartParseWorker,
    readonly timeoutMs: number,
    /** Stops the worker once nothing has come for this long; the next job starts a new one. */
    private readonly options: { stopWhenIdleMs?: number } = {},
  ) {}

  /**
   * Parses `text`. A job still waiting under the same key (an older version of
   * the same document) is dropped and settles with this one's outcome.
   */
  parse(key: string, text: string, sections: SectionNames = {}): Promise<ParseOutcome> {
    return this.submit(`parse:${key}`, text, sections) as Promise<ParseOutcome>;
  }

  /** Renders the preview page of `text` in the worker; an older render of the same document still waiting is dropped. */
  render(key: string, text: string, sections: SectionNames, render: RenderJob): Promise<RenderOutcome> {
    return this.submit(`render:${key}`, text, sections, { render }) as Promise<RenderOutcome>;
  }

  /** Checks `text` under `config` in the worker: its findings and summary, no model. */
  check(key: string, text: string, config: LintConfig): Promise<CheckOutcome> {
    return this.submit(`check:${key}`, text, config.sections, { check: config }) as Promise<CheckOutcome>;
  }

  /** Jobs running or waiting. */
  get pending(): number {
    return this.waiting.length + (this.running ? 1 : 0);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private submit(key: string, text: string, sections: SectionNames, kind: { render?: RenderJob; check?: LintConfig } = {}): Promise<JobOutcome> {
    return new Promise((resolve) => {
      const superseded = this.waiting.filter((job) => job.key === key);
      const job: Job = {
        id: this.nextId++,
        key,
        text,
        sections,
        ...kind,
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
      // Only terminating the worker stops a parse that is still running.
      this.dispose();
      this.finish({ skipped: { kind: 'too-slow', seconds: Math.round(this.timeoutMs / 1000) } });
    }, this.timeoutMs);
    this.running = { ...job, timer };
    this.ensureWorker().post({ id: job.id, text: job.text, sections: job.sections, ...(job.render ? { render: job.render } : {}), ...(job.check ? { check: job.check } : {}) });
  }

  private finish(outcome: JobOutcome): void {
    const job = this.running;
    if (!job) return;
    clearTimeout(job.timer);
    this.running = undefined;
    job.settle(outcome);
    this.startNext();
  }

  private ensureWorker(): ParseWorker {
    if (this.worker) return this.worker;
    const worker = this.startWorker({
      message: (reply: ParseReply) => {
        if (reply.id !== this.running?.id) return;
        const text = this.running.text;
        if ('skipped' in reply) this.finish({ skipped: reply.skipped });
        else if ('html' in reply) this.finish({ html: reply.html });
        else if ('findings' in reply) this.finish({ checked: { findings: reply.findings, summary: reply.summary } });
        else this.finish({ parsed: { tree: reply.tree, model: reply.model, source: new SourceText(text) } });
      },
      error: (message) => {
        if (this.worker === worker) this.worker = undefined;
        this.finish({ skipped: { kind: 'failed', error: message } });
      },
    });
    this.worker = worker;
    return worker;
  }
}
