// Text left for later: "[TBD]", "[CUSTOMER NAME]", "TODO", "XX%", "$XX".
import type { PlainText } from './plain-text';
import { BracketContext, hasWordsOutsideBrackets, type Stretch } from './bracket-context';
import type { Dateline, Placeholder, Range } from './types';

/** Words that make bracketed text a placeholder whatever its case: "[Customer name]", "[insert date]". */
const placeholderKeywords = String.raw`\b(?:insert|name|date|city|state|product|company|customer|price|number|metric|quote|title|url|link|placeholder|here)s?\b`;
const bracketed = new RegExp(String.raw`\[(?:TBD|TBC|TK|TODO|[A-Z][A-Z0-9 _/&.'’-]*[A-Z0-9]|[^\]\n]{0,30}${placeholderKeywords}[^\]\n]{0,30})\]`, 'gi');
/** Any bracketed words, a placeholder only when they stand alone: a template's instruction ("[What changes for them.]"). */
const instruction = /\[[^\[\]\n]*\]/g;
const patterns = [
  bracketed,
  /\b(?:TODO|TBD|TBC|FIXME)\b/g,
  /(?:\$|€|£)\s?X{2,}(?:[.,]X+)?|\bX{2,}(?:[.,]X+)?\s?%|\bX{2,}\b/g,
  instruction,
];
/** Bracketed words that are ordinary text, not placeholders (citations, check boxes). */
const ordinaryBrackets = /^\[(?:\d+|x| |[A-Z]{1,3}\d*)\]$/;
/** "[athleterising.com]": a real address in brackets, written as a link would be; "[yourproduct.com]" is still a placeholder. */
const bracketedAddress = /^\[(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/[^\s\]]*)?\]$/i;
const placeholderWords = /your|example|product|company|domain|url|link|xxx|tbd/i;
const hasKeyword = new RegExp(placeholderKeywords, 'i');

export function findPlaceholders(plain: PlainText, dateline: Dateline | undefined): Placeholder[] {
  const found = new Map<number, Placeholder>();
  const context = new BracketContext(plain.text);
  // What earlier patterns found, as [start, end) in the text, in order: a later pattern's match inside one is the same placeholder.
  let taken: Array<[number, number]> = [];
  for (const pattern of patterns) {
    const foundNow: Array<[number, number]> = [];
    for (const match of plain.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (isTaken(taken, start)) continue;
      if (ordinaryBrackets.test(match[0]) && match[0] !== '[TBD]') continue;
      if (bracketedAddress.test(match[0]) && !placeholderWords.test(match[0])) continue;
      if (pattern === bracketed && isPartOfQuotedText(match[0], context.quotationAround(start, end))) continue;
      if (pattern === instruction && !(/\p{L}/u.test(match[0]) && context.standsAlone(start, end))) continue;
      const span = plain.span(start, end);
      const placeholder: Placeholder = span;
      if (dateline && within(span.range, dateline.range)) placeholder.inDateline = dateline.dateIsPlaceholder && dateline.date.includes(span.text) ? 'date' : 'city';
      found.set(start, placeholder);
      foundNow.push([start, end]);
    }
    taken = union([...taken, ...foundNow]);
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, placeholder]) => placeholder);
}

/**
 * "[interest]" in a quoted message ("Coverage ended: [interest] has no live
 * markets") or "[Premier League title]" among quoted buttons is the message's
 * own variable or label, not text left for later. It must be in lower or mixed
 * case, with no placeholder word, and share its quotation with other words:
 * a quotation that is only the bracket ("[Why this matters]," said…) is a
 * template's quote still to be written.
 */
function isPartOfQuotedText(bracket: string, quotation: Stretch | undefined): boolean {
  if (bracket === bracket.toUpperCase() || hasKeyword.test(bracket)) return false;
  return quotation !== undefined && quotation.hasWords;
}

/** Text that is only a placeholder ("[The problem, with a number.]"): the placeholder finding speaks for it. */
export function isOnlyPlaceholder(text: string): boolean {
  return /\[[^\[\]\n]*\p{L}/u.test(text) && !hasWordsOutsideBrackets(text);
}

/** The stretches in order, those that overlap joined into one. */
function union(stretches: Array<[number, number]>): Array<[number, number]> {
  const joined: Array<[number, number]> = [];
  for (const [start, end] of stretches.sort(([a], [b]) => a - b)) {
    const last = joined[joined.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** Whether `start` falls in one of the sorted, non-overlapping stretches. */
function isTaken(taken: Array<[number, number]>, start: number): boolean {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (taken[middle]![0] <= start) low = middle + 1;
    else high = middle;
  }
  const before = taken[low - 1];
  return before !== undefined && start < before[1];
}

function within(inner: Range, outer: Range): boolean {
  return comparePositions(inner.start, outer.start) >= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
