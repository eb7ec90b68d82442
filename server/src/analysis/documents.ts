// One check per open document version, shared by every feature that asks: the
// engine's pipeline (checkDocument) under the document's configuration. Small
// documents are checked in place (the keystroke path); larger ones in a worker
// with a time limit. Closed files are checked once, in a pool of workers of
// their own, so hundreds of them never queue ahead of an open document.
import { checkDocument, emptyDocument, renderFragment, renderStandalone, skippedDocument, skipFinding, sizeSkip, SourceText, defaultParseTimeoutMs, type CheckedDocument, type DocumentSummary, type Finding, type LintConfig } from '../../../core/src/index';
import type { RenderJob } from '../workers/job';
import { CheckPool } from '../workers/pool';
import { WorkerQueue } from '../workers/queue';
import type { StartWorker } from '../workers/worker-host';

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

/** A document version as the features see it; a skipped one has an empty model. */
export interface Analysis extends CheckedDocument {
  version: number;
}

/** What a closed file's check gives: no model is kept. */
export interface CheckResult {
  findings: Finding[];
  summary: DocumentSummary;
}

export interface AnalysisOptions {
  /** Starts a worker in the server's host; without it every document is checked in place. */
  startWorker?: StartWorker;
  /** Documents below this many characters are checked in place: fast, and bounded by their size. */
  inPlaceBelow?: number;
  parseTimeoutMs?: number;
  /** Workers for closed files, each with its own thread: more than one only where there are cores for them. */
  checkWorkers?: number;
  /** How long a closed-file worker waits for work before it is stopped (30 s). */
  checkWorkerIdleMs?: number;
  reportError?: (message: string) => void;
}

interface Entry {
  version: number;
  /** The configuration it was checked under: new settings check it again. */
  config: LintConfig;
  analysis: Promise<Analysis>;
}

export class DocumentAnalyses {
  private readonly byUri = new Map<string, Entry>();
  private readonly queue: WorkerQueue | undefined;
  private readonly closedFiles: CheckPool | undefined;
  private readonly inPlaceBelow: number;
  private readonly reportError: (message: string) => void;

  constructor(options: AnalysisOptions = {}) {
    const timeoutMs = options.parseTimeoutMs ?? defaultParseTimeoutMs;
    this.queue = options.startWorker ? new WorkerQueue(options.startWorker, timeoutMs) : undefined;
    this.closedFiles = options.startWorker
      ? new CheckPool(options.startWorker, { workers: options.checkWorkers ?? 1, timeoutMs, stopWhenIdleMs: options.checkWorkerIdleMs ?? 30_000 })
      : undefined;
    this.inPlaceBelow = options.inPlaceBelow ?? 32 * 1024;
    this.reportError = options.reportError ?? (() => {});
  }

  /** The check of the document's current version under `config`. */
  analysis(document: VersionedText, config: LintConfig): Promise<Analysis> {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version && cached.config === config) return cached.analysis;
    const entry: Entry = { version: document.version, config, analysis: this.analyse(document, config) };
    this.byUri.set(document.uri, entry);
    return entry.analysis;
  }

  async findings(document: VersionedText, config: LintConfig): Promise<Finding[]> {
    return (await this.analysis(document, config)).findings;
  }

  /**
   * The preview page of a large document, rendered in a worker so the server
   * keeps answering; undefined for a small one, which the caller renders in
   * place. A render that runs over the time limit shows why instead.
   */
  async renderInWorker(document: VersionedText, config: LintConfig, job: RenderJob): Promise<string | undefined> {
    const text = document.getText();
    if (!this.queue || text.length < this.inPlaceBelow) return undefined;
    const outcome = await this.queue.render(document.uri, text, config.sections, job);
    if ('html' in outcome) return outcome.html;
    const notice = skipFinding(outcome.skipped, new SourceText(text)).message;
    const empty = emptyDocument(new SourceText(text));
    return job.standalone ? renderStandalone(empty, { ...job.options, notice }) : renderFragment(empty, { ...job.options, notice });
  }

  /**
   * A file's findings and summary, once: for files no editor has open (the
   * workspace checks, the PR/FAQs view), which are read again when they change,
   * so nothing is cached. Checked in a worker where there is one, so the
   * server's own thread stays free for the writer's keystrokes.
   */
  async checkOnce(uri: string, text: string, config: LintConfig): Promise<CheckResult> {
    const result = ({ findings, summary }: CheckResult): CheckResult => ({ findings, summary });
    const tooLarge = sizeSkip(text, config.maxDocumentKB);
    if (!this.closedFiles || tooLarge) return result(this.reported(uri, checkDocument(text, config, { name: uri })));
    const outcome = await this.closedFiles.check(uri, text, config);
    return result('checked' in outcome ? outcome.checked : this.reported(uri, skippedDocument(text, outcome.skipped, config)));
  }

  /** Whether closed files are checked off the server's thread: then many may be asked for at once. */
  get checksInWorkers(): boolean {
    return this.closedFiles !== undefined;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  dispose(): void {
    this.queue?.dispose();
    this.closedFiles?.dispose();
  }

  private async analyse(document: VersionedText, config: LintConfig): Promise<Analysis> {
    const text = document.getText();
    const version = document.version;
    if (!this.queue || text.length < this.inPlaceBelow || sizeSkip(text, config.maxDocumentKB)) return { version, ...this.reported(document.uri, checkDocument(text, config, { name: document.uri })) };
    const outcome = await this.queue.check(document.uri, text, config, true);
    if ('skipped' in outcome) return { version, ...this.reported(document.uri, skippedDocument(text, outcome.skipped, config)) };
    const { parsed, checked } = outcome;
    // A worker that kept no model skipped the document; its finding says why.
    return { version, ...(parsed ? { parsed, findings: checked.findings, summary: checked.summary } : this.reported(document.uri, skippedDocument(text, checked.skipped!, config))) };
  }

  /** A check that failed on a bug is reported to the host's log as well as to the writer. */
  private reported<T extends CheckedDocument>(uri: string, checked: T): T {
    if (checked.skipped?.kind === 'failed') this.reportError(`prfaq could not check ${uri}: ${checked.skipped.error}`);
    return checked;
  }
}
