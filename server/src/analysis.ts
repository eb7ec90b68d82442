// One model per document version, shared by every feature that asks, and the
// findings for it under the document's configuration.
import { parseDocument, type ParsedDocument } from './model/build';
import { SourceText } from './model/source';
import type { PrFaq } from './model/types';
import { runRules, type LintConfig } from './rules/run';
import type { Finding } from './rules/types';

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

interface Entry {
  version: number;
  parsed: ParsedDocument;
  findings?: { config: LintConfig; list: Finding[] };
}

export class DocumentAnalyses {
  private readonly byUri = new Map<string, Entry>();

  constructor(private readonly reportError: (message: string) => void = () => {}) {}

  model(document: VersionedText): PrFaq {
    return this.entry(document).parsed.model;
  }

  parsed(document: VersionedText): ParsedDocument {
    return this.entry(document).parsed;
  }

  findings(document: VersionedText, config: LintConfig): Finding[] {
    const entry = this.entry(document);
    if (entry.findings?.config !== config) entry.findings = { config, list: this.safely(() => runRules(entry.parsed.model, config), [], document.uri) };
    return entry.findings.list;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private entry(document: VersionedText): Entry {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const parsed = this.safely(() => parseDocument(text), emptyDocument(text), document.uri);
    const entry: Entry = { version: document.version, parsed };
    this.byUri.set(document.uri, entry);
    return entry;
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
