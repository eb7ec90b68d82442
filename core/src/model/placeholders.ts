// Text left for later: "[TBD]", "[CUSTOMER NAME]", "TODO", "XX%", "$XX".
import type { PlainText } from './plain-text';
import { BracketContext, hasWordsOutsideBrackets, stretchHolding, type Stretch } from './bracket-context';
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
  const found: Array<{ start: number; end: number; placeholder: Placeholder }> = [];
  const context = new BracketContext(plain.text);
  for (const pattern of patterns) {
    // A match inside what an earlier pattern found is the same placeholder.
    const taken = union(found);
    for (const match of plain.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (stretchHolding(taken, start, start + 1)) continue;
      if (ordinaryBrackets.test(match[0]) && match[0] !== '[TBD]') continue;
      if (bracketedAddress.test(match[0]) && !placeholderWords.test(match[0])) continue;
      if (pattern === bracketed && isPartOfQuotedText(match[0], context.quotationAround(start, end))) continue;
      if (pattern === instruction && !(/\p{L}/u.test(match[0]) && context.standsAlone(start, end))) continue;
      const placeholder: Placeholder = plain.span(start, end);
      if (dateline && within(placeholder.range, dateline.range)) placeholder.inDateline = dateline.dateIsPlaceholder && dateline.date.includes(placeholder.text) ? 'date' : 'city';
      found.push({ start, end, placeholder });
    }
  }
  return found.sort((a, b) => a.start - b.start).map(({ placeholder }) => placeholder);
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
function union(stretches: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const joined: Array<{ start: number; end: number }> = [];
  for (const { start, end } of [...stretches].sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else joined.push({ start, end });
  }
  return joined;
}

function within(inner: Range, outer: Range): boolean {
  return comparePositions(inner.start, outer.start) >= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
