// One model per document version, shared by every feature that asks, and the
// findings for it under the document's configuration. Small documents are
// parsed in place (the keystroke path); larger ones in a worker with a time
// limit; documents over the size limit not at all.
import { emptyDocument, parseDocument, type ParsedDocument } from '../model/build';
import { SourceText } from '../model/source';
import { runRules, type LintConfig } from '../rules/run';
import type { Finding } from '../rules/types';
import { defaultParseTimeoutMs, failureSkip, sizeSkip, skipFinding, type SkipReason } from './limits';
import { renderFragment, renderStandalone } from '../render/index';
import { summarize } from '../features/summary';
import type { CheckResult, RenderJob } from './parse-job';
import { ParseQueue } from './parse-queue';
import type { StartParseWorker } from './worker-host';

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

/** A document version as the features see it; a skipped one has an empty model. */
export interface Analysis {
  version: number;
  parsed: ParsedDocument;
  skipped?: SkipReason;
}

export interface AnalysisOptions {
  /** Starts a parse worker in the server's host; without it every document is parsed in place. */
  startWorker?: StartParseWorker;
  /** Documents below this many characters are parsed in place: fast, and bounded by their size. */
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
  /** The size limit it was analysed under: raising the limit must analyse again. */
  limitKB: number;
  /** The section names it was read with: new names must read it again. */
  sections: LintConfig['sections'];
  analysis: Promise<Analysis>;
  findings?: { config: LintConfig; list: Finding[] };
}

export class DocumentAnalyses {
  private readonly byUri = new Map<string, Entry>();
  private readonly queue: ParseQueue | undefined;
  /** Closed files get workers of their own, so hundreds of them never queue ahead of an open document. */
  private readonly checkQueues: ParseQueue[];
  private readonly inPlaceBelow: number;
  private readonly reportError: (message: string) => void;

  constructor(options: AnalysisOptions = {}) {
    const timeoutMs = options.parseTimeoutMs ?? defaultParseTimeoutMs;
    this.queue = options.startWorker ? new ParseQueue(options.startWorker, timeoutMs) : undefined;
    // Idle for a while after a workspace scan, it is stopped, and its memory with it.
    const checkWorkers = options.startWorker ? Math.max(1, options.checkWorkers ?? 1) : 0;
    this.checkQueues = Array.from({ length: checkWorkers }, () => new ParseQueue(options.startWorker!, timeoutMs, { stopWhenIdleMs: options.checkWorkerIdleMs ?? 30_000 }));
    this.inPlaceBelow = options.inPlaceBelow ?? 32 * 1024;
    this.reportError = options.reportError ?? (() => {});
  }

  /** The analysis of the document's current version under `config`'s size limit. */
  analysis(document: VersionedText, config: LintConfig): Promise<Analysis> {
    return this.entry(document, config).analysis;
  }

  async findings(document: VersionedText, config: LintConfig): Promise<Finding[]> {
    const entry = this.entry(document, config);
    const analysis = await entry.analysis;
    if (entry.findings?.config !== config) entry.findings = { config, list: this.findingsOf(analysis, config, document.uri) };
    return entry.findings.list;
  }

  private findingsOf({ parsed, skipped }: Analysis, config: LintConfig, uri: string): Finding[] {
    if (skipped) return [skipFinding(skipped, parsed.source)];
    try {
      return runRules(parsed.model, config);
    } catch (error) {
      // A bug in a rule must cost the writer this document's findings, not the server; and they are told.
      this.reportError(`prfaq could not check ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return [skipFinding(failureSkip(error), parsed.source)];
    }
  }

  /**
   * The preview page of a large document, rendered in the parse worker so the
   * server keeps answering; undefined for a small one, which the caller renders
   * in place. A render that runs over the time limit shows why instead.
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
    const skipped = (reason: SkipReason): CheckResult => {
      if (reason.kind === 'failed') this.reportError(`prfaq could not check ${uri}: ${reason.error}`);
      const empty = emptyDocument(new SourceText(text));
      const findings = [skipFinding(reason, empty.source)];
      return { findings, summary: summarize(empty.model, findings, config) };
    };
    const tooLarge = sizeSkip(text, config.maxDocumentKB);
    if (tooLarge) return skipped(tooLarge);
    const queue = this.checkQueues.reduce<ParseQueue | undefined>((least, next) => (!least || next.pending < least.pending ? next : least), undefined);
    if (!queue) {
      const analysis = await this.analyse({ uri, version: -1, getText: () => text }, config);
      const findings = this.findingsOf(analysis, config, uri);
      return { findings, summary: summarize(analysis.parsed.model, findings, config) };
    }
    const outcome = await queue.check(uri, text, config);
    return 'checked' in outcome ? outcome.checked : skipped(outcome.skipped);
  }

  /** Whether closed files are checked off the server's thread: then many may be asked for at once. */
  get checksInWorkers(): boolean {
    return this.checkQueues.length > 0;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  dispose(): void {
    this.queue?.dispose();
    for (const queue of this.checkQueues) queue.dispose();
  }

  private entry(document: VersionedText, config: LintConfig): Entry {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version && cached.limitKB === config.maxDocumentKB && cached.sections === config.sections) return cached;
    const entry: Entry = { version: document.version, limitKB: config.maxDocumentKB, sections: config.sections, analysis: this.analyse(document, config) };
    this.byUri.set(document.uri, entry);
    return entry;
  }

  private async analyse(document: VersionedText, config: LintConfig): Promise<Analysis> {
    const { version, uri } = document;
    const text = document.getText();
    const skipped = (reason: SkipReason): Analysis => {
      if (reason.kind === 'failed') this.reportError(`prfaq could not analyse ${uri}: ${reason.error}`);
      return { version, parsed: emptyDocument(new SourceText(text)), skipped: reason };
    };
    const tooLarge = sizeSkip(text, config.maxDocumentKB);
    if (tooLarge) return skipped(tooLarge);
    if (!this.queue || text.length < this.inPlaceBelow) {
      try {
        return { version, parsed: parseDocument(text, { sections: config.sections }) };
      } catch (error) {
        return skipped(failureSkip(error));
      }
    }
    const outcome = await this.queue.parse(uri, text, config.sections);
    return 'parsed' in outcome ? { version, parsed: outcome.parsed } : skipped(outcome.skipped);
  }
}
