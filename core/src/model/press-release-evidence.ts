// What in a run of blocks says "this is a press release", when no heading
// does: a FOR IMMEDIATE RELEASE line, a dateline, labelled press-release
// parts, an announcement ("today announced", "launches"), a quotation with a
// named speaker. Each signal is named, so the recogniser can say why.
import type { RootContent } from 'mdast';
import { findDateline, immediateRelease } from './dateline';
import { partOfLabel } from './part-labels';
import { plainTextOf } from './plain-text';
import { runInLabel } from './press-release';
import { findQuote } from './quotes';
import type { SourceText } from './source';

export interface PressReleaseEvidence {
  /** Signals that alone make it a press release. */
  strong: string[];
  /** Signals that need a second one, or the press release's usual place, to agree. */
  medium: string[];
}

/** A press release shows itself in its first blocks; reading further only finds FAQ answers that sound like one. */
const blocksRead = 16;
const announcement =
  /\b(?:today|now)\b[^.?!\n]{0,120}\b(?:announce[sd]?|launch(?:e[sd])?|introduce[sd]?|unveil(?:s|ed)?|release[sd]|debut(?:s|ed)|available|opens?)\b|\b(?:announce[sd]|launche[sd]|introduce[sd]|unveil(?:s|ed))\b[^.?!\n]{0,80}\btoday\b|\bheute\b.{0,80}\b(?:vorgestellt|bekannt|startet|veröffentlicht|stellt)\b|本日|오늘|сегодня/iu;

export function pressReleaseEvidence(blocks: RootContent[], source: SourceText): PressReleaseEvidence {
  const evidence: PressReleaseEvidence = { strong: [], medium: [] };
  let labels = 0;
  let read = 0;
  for (const node of blocks) {
    if (read >= blocksRead) break;
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'blockquote') continue;
    read++;
    const plain = plainTextOf(node, source);
    const text = plain.text;
    if (immediateRelease.test(text)) add(evidence.strong, 'a "FOR IMMEDIATE RELEASE" line');
    const dateline = node.type === 'heading' ? undefined : findDateline(plain);
    // A date alone ("July 2026 —") also opens changelog entries and plans: it needs a second signal.
    if (dateline) add(dateline.city ? evidence.strong : evidence.medium, dateline.city ? 'a dateline' : 'a launch date opening a paragraph');
    if (node.type === 'heading' ? partOfLabel(text) !== undefined : node.type === 'paragraph' && runInLabel(node, plain) !== undefined) labels++;
    if (node.type !== 'heading' && announcement.test(text)) add(evidence.medium, 'an announcement ("today announced", "launches")');
    if (node.type !== 'heading' && findQuote(plain, 0, node.type === 'blockquote')?.speaker) add(evidence.medium, 'a quotation with a named speaker');
  }
  if (labels >= 2) add(evidence.strong, 'press-release parts labelled (headline, problem, solution…)');
  return evidence;
}

function add(list: string[], signal: string): void {
  if (!list.includes(signal)) list.push(signal);
}

/** Whether the evidence makes a press release: sure with a strong signal or two medium ones; likely with one medium. */
export function judgePressRelease(evidence: PressReleaseEvidence): 'sure' | 'likely' | undefined {
  if (evidence.strong.length > 0 || evidence.medium.length >= 2) return 'sure';
  return evidence.medium.length === 1 ? 'likely' : undefined;
}

export function describeEvidence(evidence: PressReleaseEvidence): string {
  return [...evidence.strong, ...evidence.medium].join(', ');
}
