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

export function checkDocument(text: string, config: LintConfig = defaultLintConfig): CheckedDocument {
  const tooLarge = sizeSkip(text, config.maxDocumentKB);
  if (tooLarge) return skippedDocument(text, tooLarge, config);
  let parsed: ParsedDocument;
  try {
    parsed = parseDocument(text, { sections: config.sections });
  } catch (error) {
    return skippedDocument(text, failureSkip(error), config);
  }
  return checkParsed(parsed, config);
}

/** The rules and summary of a document already parsed (in a worker, say) under `config`'s section names. */
export function checkParsed(parsed: ParsedDocument, config: LintConfig): CheckedDocument {
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
