// One model per document version, shared by every feature that asks, and the
// findings for it under the document's configuration. Small documents are
// parsed in place (the keystroke path); larger ones in a worker thread with a
// time limit; documents over the size limit not at all.
import { parseDocument, type ParsedDocument } from '../model/build';
import { SourceText } from '../model/source';
import { runRules, type LintConfig } from '../rules/run';
import type { Finding } from '../rules/types';
import { defaultParseTimeoutMs, sizeSkip, skipFinding, type SkipReason } from './limits';
import { ParseQueue } from './parse-queue';

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
  /** dist/parse-worker.js; without it every document is parsed in place. */
  workerScript?: string;
  /** Documents below this many characters are parsed in place: fast, and bounded by their size. */
  inPlaceBelow?: number;
  parseTimeoutMs?: number;
  reportError?: (message: string) => void;
}

interface Entry {
  version: number;
  /** The size limit it was analysed under: raising the limit must analyse again. */
  limitKB: number;
  analysis: Promise<Analysis>;
  findings?: { config: LintConfig; list: Finding[] };
}

export class DocumentAnalyses {
  private readonly byUri = new Map<string, Entry>();
  private readonly queue: ParseQueue | undefined;
  private readonly inPlaceBelow: number;
  private readonly reportError: (message: string) => void;

  constructor(options: AnalysisOptions = {}) {
    this.queue = options.workerScript ? new ParseQueue(options.workerScript, options.parseTimeoutMs ?? defaultParseTimeoutMs) : undefined;
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
    if (analysis.skipped) return [skipFinding(analysis.skipped, analysis.parsed.source)];
    if (entry.findings?.config !== config) entry.findings = { config, list: this.safely(() => runRules(analysis.parsed.model, config), [], document.uri) };
    return entry.findings.list;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  dispose(): void {
    this.queue?.dispose();
  }

  private entry(document: VersionedText, config: LintConfig): Entry {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version && cached.limitKB === config.maxDocumentKB) return cached;
    const entry: Entry = { version: document.version, limitKB: config.maxDocumentKB, analysis: this.analyse(document, config) };
    this.byUri.set(document.uri, entry);
    return entry;
  }

  private async analyse(document: VersionedText, config: LintConfig): Promise<Analysis> {
    const { version, uri } = document;
    const text = document.getText();
    const tooLarge = sizeSkip(text, config.maxDocumentKB);
    if (tooLarge) return { version, parsed: emptyDocument(text), skipped: tooLarge };
    if (!this.queue || text.length < this.inPlaceBelow) {
      return { version, parsed: this.safely(() => parseDocument(text), emptyDocument(text), uri) };
    }
    const outcome = await this.queue.parse(uri, text);
    if ('parsed' in outcome) return { version, parsed: outcome.parsed };
    if ('timedOut' in outcome) return { version, parsed: emptyDocument(text), skipped: { kind: 'too-slow', seconds: Math.round(this.queue.timeoutMs / 1000) } };
    this.reportError(`prfaq could not analyse ${uri}: ${outcome.error}`);
    return { version, parsed: emptyDocument(text) };
  }

  /** A bug in the model or a rule must cost the writer one document's findings, not the server. */
  private safely<T>(work: () => T, fallback: T, uri: string): T {
    try {
      return work();
    } catch (error) {
      this.reportError(`prfaq could not analyse ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }
}

function emptyDocument(text: string): ParsedDocument {
  const source = new SourceText(text);
  return { tree: { type: 'root', children: [] }, source, model: { sections: [], placeholders: [], directives: [], documentRange: source.wholeRange } };
}
