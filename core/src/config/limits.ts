// How much of a document the server and the command line will analyse. Past
// these limits the writer gets one clear finding instead of a frozen editor.
import { maxNestingDepth, TooDeeplyNestedError } from '../model/parse';
import type { SourceText } from '../model/source';
import type { Finding } from '../rules/types';

/** Default for `prfaq.limits.maxDocumentKB`: far above any real PR/FAQ (about 40 KB for six pages). */
export const defaultMaxDocumentKB = 2048;
/** A parse running longer than this (pathological nesting, 100 KB of nested brackets) is abandoned: a 1 MB PR/FAQ parses in about 1.4 s. */
export const defaultParseTimeoutMs = 5_000;

/** The rule id the skip finding carries; its page explains the setting. */
export const analysisSkippedId = 'analysis-skipped';

export type SkipReason =
  | { kind: 'too-large'; sizeKB: number; limitKB: number }
  | { kind: 'too-slow'; seconds: number }
  | { kind: 'too-deep'; limit: number }
  /** A bug: the writer still gets told, and where to report it. */
  | { kind: 'failed'; error: string };

export function sizeSkip(text: string, limitKB: number): SkipReason | undefined {
  const sizeKB = Math.ceil(text.length / 1024);
  return text.length > limitKB * 1024 ? { kind: 'too-large', sizeKB, limitKB } : undefined;
}

/** The skip reason for an error thrown while parsing or building the model. */
export function failureSkip(error: unknown): SkipReason {
  if (error instanceof TooDeeplyNestedError) return { kind: 'too-deep', limit: maxNestingDepth };
  return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
}

function skipMessage(reason: SkipReason): string {
  const off = 'so PR/FAQ checks, the outline and the preview are off for it';
  switch (reason.kind) {
    case 'too-large':
      return `This document is ${reason.sizeKB} KB, over the ${reason.limitKB} KB limit, ${off}. A PR/FAQ runs to about 40 KB: split the document, or raise prfaq.limits.maxDocumentKB.`;
    case 'too-slow':
      return `Reading this document took more than ${reason.seconds} seconds, ${off}. Long runs of brackets or deeply nested lists are the usual cause: remove them, and prfaq checks the document again as you edit.`;
    case 'too-deep':
      return `This document nests lists, quotes or emphasis more than ${reason.limit} levels deep, ${off}. Flatten it to a few levels, as a reader needs anyway, and prfaq checks it again as you edit.`;
    case 'failed':
      return `prfaq could not check this document (${reason.error}), ${off}. Please report this with the document; editing it may get past the problem.`;
  }
}

export function skipFinding(reason: SkipReason, source: SourceText): Finding {
  const message = skipMessage(reason);
  // The first line only, so the squiggle stays short on a huge document.
  return { ruleId: analysisSkippedId, severity: 'information', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(200, source.lineText(0).length) } } };
}
