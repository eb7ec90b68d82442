// Text left for later: "[TBD]", "[CUSTOMER NAME]", "TODO", "XX%", "$XX".
import type { PlainText } from './plain-text';
import type { Dateline, Placeholder, Range } from './types';

/** Words that make bracketed text a placeholder whatever its case: "[Customer name]", "[insert date]". */
const placeholderKeywords = String.raw`\b(?:insert|name|date|city|state|product|company|customer|price|number|metric|quote|title|url|link|placeholder|here)\b`;
const bracketed = new RegExp(String.raw`\[(?:TBD|TBC|TK|TODO|[A-Z][A-Z0-9 _/&.'’-]*[A-Z0-9]|[^\]\n]{0,30}${placeholderKeywords}[^\]\n]{0,30})\]`, 'gi');
const patterns = [
  bracketed,
  /\b(?:TODO|TBD|TBC|FIXME)\b/g,
  /(?:\$|€|£)\s?X{2,}(?:[.,]X+)?|\bX{2,}(?:[.,]X+)?\s?%|\bX{2,}\b/g,
];
/** Bracketed words that are ordinary text, not placeholders (citations, check boxes). */
const ordinaryBrackets = /^\[(?:\d+|x| |[A-Z]{1,3}\d*)\]$/;
/** "[athleterising.com]": a real address in brackets, written as a link would be; "[yourproduct.com]" is still a placeholder. */
const bracketedAddress = /^\[(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/[^\s\]]*)?\]$/i;
const placeholderWords = /your|example|product|company|domain|url|link|xxx|tbd/i;
const hasKeyword = new RegExp(placeholderKeywords, 'i');
/** A quotation on one line: straight, curly, low-nine, guillemets, corner brackets. */
const quotation = /[“"„«「『]([^”"“»」』\n]+)[”"“»」』]/g;

export function findPlaceholders(plain: PlainText, dateline: Dateline | undefined): Placeholder[] {
  const found = new Map<number, Placeholder>();
  for (const pattern of patterns) {
    for (const match of plain.text.matchAll(pattern)) {
      const start = match.index;
      if (found.has(start) || [...found.values()].some((seen) => overlaps(seen, start, plain))) continue;
      if (ordinaryBrackets.test(match[0]) && match[0] !== '[TBD]') continue;
      if (bracketedAddress.test(match[0]) && !placeholderWords.test(match[0])) continue;
      if (pattern === bracketed && isPartOfQuotedText(plain.text, start, start + match[0].length)) continue;
      const span = plain.span(start, start + match[0].length);
      const placeholder: Placeholder = span;
      if (dateline && within(span.range, dateline.range)) placeholder.inDateline = dateline.dateIsPlaceholder && dateline.date.includes(span.text) ? 'date' : 'city';
      found.set(start, placeholder);
    }
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
function isPartOfQuotedText(text: string, start: number, end: number): boolean {
  const bracket = text.slice(start, end);
  if (bracket === bracket.toUpperCase() || hasKeyword.test(bracket)) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  for (const passage of line.matchAll(quotation)) {
    const from = lineStart + passage.index;
    if (from >= start || from + passage[0].length <= end) continue;
    return /\p{L}/u.test(passage[1]!.replace(/\[[^\]\n]*\]/g, ''));
  }
  return false;
}

function overlaps(seen: Placeholder, start: number, plain: PlainText): boolean {
  const position = plain.rangeOf(start, start).start;
  return comparePositions(position, seen.range.start) >= 0 && comparePositions(position, seen.range.end) < 0;
}

function within(inner: Range, outer: Range): boolean {
  return comparePositions(inner.start, outer.start) >= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
