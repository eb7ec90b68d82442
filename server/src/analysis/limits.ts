// How much of a document the server and the command line will analyse. Past
// these limits the writer gets one clear finding instead of a frozen editor.
import type { SourceText } from '../model/source';
import type { Finding } from '../rules/types';

/** Default for `prfaq.limits.maxDocumentKB`: far above any real PR/FAQ (about 40 KB for six pages). */
export const defaultMaxDocumentKB = 2048;
/** A parse running longer than this (pathological nesting, say) is abandoned. */
export const defaultParseTimeoutMs = 10_000;

/** The rule id the skip finding carries; its page explains the setting. */
export const analysisSkippedId = 'analysis-skipped';

export type SkipReason = { kind: 'too-large'; sizeKB: number; limitKB: number } | { kind: 'too-slow'; seconds: number };

export function sizeSkip(text: string, limitKB: number): SkipReason | undefined {
  const sizeKB = Math.ceil(text.length / 1024);
  return text.length > limitKB * 1024 ? { kind: 'too-large', sizeKB, limitKB } : undefined;
}

export function skipFinding(reason: SkipReason, source: SourceText): Finding {
  const message =
    reason.kind === 'too-large'
      ? `This document is ${reason.sizeKB} KB, over the ${reason.limitKB} KB limit, so PR/FAQ checks, the outline and the preview are off for it. A PR/FAQ runs to about 40 KB: split the document, or raise prfaq.limits.maxDocumentKB.`
      : `PR/FAQ checks stopped after ${reason.seconds} seconds on this document, so its findings, outline and preview are off. Deeply nested lists or quotes are the usual cause: flatten them, then edit the document to check it again.`;
  // The first line only, so the squiggle stays short on a huge document.
  return { ruleId: analysisSkippedId, severity: 'information', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(200, source.lineText(0).length) } } };
}
