// What stands around a bracket in a document's text: whether its line (a
// paragraph, heading or table cell) or its quotation has words of its own
// outside brackets. The placeholder search asks this of every bracket, so the
// lines and quotations are found once, in one pass each, and every question
// after that is a binary search: a document of one long line with thousands
// of brackets must not cost a scan of the line per bracket.

/** A line or a quotation: where it is, and whether it has words outside brackets. */
export interface Stretch {
  start: number;
  end: number;
  hasWords: boolean;
}

/**
 * A quotation on one line: straight, curly, low-nine, guillemets, corner
 * brackets. Its words hold no quotation mark, so each attempt stops at the
 * next mark and the search stays linear.
 */
const quotationPattern = /[“"„«「『]([^“"„«「『”»」』\n]*)[”"“»」』]/g;

export class BracketContext {
  private lines?: Stretch[];
  private quotations?: Stretch[];

  constructor(private readonly text: string) {}

  /** The bracket text[start, end) is a whole line or a whole quotation: nothing but brackets and punctuation beside it. */
  standsAlone(start: number, end: number): boolean {
    const line = stretchHolding((this.lines ??= linesOf(this.text)), start, end);
    if (line && !line.hasWords) return true;
    const quotation = this.quotationAround(start, end);
    return quotation !== undefined && !quotation.hasWords;
  }

  /** The quotation that holds text[start, end), if any. */
  quotationAround(start: number, end: number): Stretch | undefined {
    return stretchHolding((this.quotations ??= quotationsOf(this.text)), start, end);
  }
}

/** Words or figures outside brackets: "[DATE] — [CITY]" has none, "Owner: [TEAM]" has. */
export function hasWordsOutsideBrackets(text: string): boolean {
  return /\p{L}|\p{N}/u.test(text.replace(/\[[^\[\]\n]*\]/g, ''));
}

function linesOf(text: string): Stretch[] {
  const lines: Stretch[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, hasWords: hasWordsOutsideBrackets(text.slice(start, end)) });
    start = end + 1;
  }
  return lines;
}

function quotationsOf(text: string): Stretch[] {
  return [...text.matchAll(quotationPattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, hasWords: hasWordsOutsideBrackets(match[1]!) }));
}

/** The stretch of `sorted` (in order, none overlapping) that holds [start, end), if any. */
export function stretchHolding<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T | undefined {
  let low = 0;
  let high = sorted.length;
  // The last stretch that starts at or before `start`.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start <= start) low = middle + 1;
    else high = middle;
  }
  const candidate = sorted[low - 1];
  return candidate && candidate.end >= end ? candidate : undefined;
}
