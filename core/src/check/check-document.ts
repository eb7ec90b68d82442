// The one check pipeline, the same for every host: the size limit, the parse,
// the rules and the document's summary, or the reason a document was skipped.
// The language server, its workers, the command line and the funnel scan all
// call it; where it runs (in place, or in a worker under a time limit) is the
// host's choice.
import { emptyDocument, parseDocument, type ParsedDocument } from '../model/build';
import { SourceText } from '../model/source';
import type { Finding } from '../rules/types';
import { defaultLintConfig, type LintConfig } from '../config/lint-config';
import { failureSkip, sizeSkip, skipFinding, type SkipReason } from '../config/limits';
import { summarize, type DocumentSummary } from '../reports/summary';
import { runRules } from './run-rules';

export interface CheckedDocument {
  /** The tree and model; an empty document's when it was skipped. */
  parsed: ParsedDocument;
  findings: Finding[];
  summary: DocumentSummary;
  /** Why the document was not checked; its one finding says so. */
  skipped?: SkipReason;
}

/** What the host knows of the document besides its text. */
export interface DocumentOptions {
  /** Its file name or URI: a *.prfaq.md file is a PR/FAQ by the writer's word (isDeclaredPrfaq). */
  name?: string;
}

/** Whether the writer named the file as a PR/FAQ: `launch.prfaq.md`, in any case. */
export function isDeclaredPrfaq(name: string | undefined): boolean {
  return name !== undefined && /\.prfaq\.md$/i.test(name);
}

export function checkDocument(text: string, config: LintConfig = defaultLintConfig, document: DocumentOptions = {}): CheckedDocument {
  const tooLarge = sizeSkip(text, config.maxDocumentKB);
  if (tooLarge) return skippedDocument(text, tooLarge, config);
  let parsed: ParsedDocument;
  try {
    parsed = parseDocument(text, { sections: config.sections, declared: isDeclaredPrfaq(document.name) });
  } catch (error) {
    return skippedDocument(text, failureSkip(error), config);
  }
  return checkParsed(parsed, config);
}

/** The rules and summary of a document already parsed under `config`'s section names. */
function checkParsed(parsed: ParsedDocument, config: LintConfig): CheckedDocument {
  let findings: Finding[];
  try {
    findings = runRules(parsed.model, config);
  } catch (error) {
    // A bug in a rule costs the writer this document's findings, not the host; the finding says so.
    return skippedDocument(parsed.source.text, failureSkip(error), config);
  }
  return { parsed, findings, summary: summarize(parsed.model, findings, config) };
}

/** A document that was not checked: an empty model, and one finding that says why. */
export function skippedDocument(text: string, reason: SkipReason, config: LintConfig): CheckedDocument {
  const parsed = emptyDocument(new SourceText(text));
  const findings = [skipFinding(reason, parsed.source)];
  return { parsed, findings, summary: summarize(parsed.model, findings, config), skipped: reason };
}
