// Counting words and sentences in prose.

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}

export function words(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

// Abbreviations whose full stop does not end a sentence.
const abbreviations = /(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e|a\.m|p\.m|U\.S|U\.K|No|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$/;

/** Sentences of a piece of prose, in order. */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map(({ start, end }) => text.slice(start, end));
}

/** Where each sentence of a piece of prose starts and ends, trimmed of white space. */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const result: Array<{ start: number; end: number }> = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) result.push({ start, end });
  };
  let start = 0;
  const boundary = /[.!?]+["”’)\]]*(?=\s+|$)/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && abbreviations.test(text.slice(start, match.index + 1))) continue;
    // "2.5" or "harborhealth.example/rebook" are not boundaries: the regex needs white space after.
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return result;
}

/** Every word of `text` with where it starts, `offset` added (where `text` stands in a larger text). */
export function wordSpans(text: string, offset = 0): Array<{ text: string; start: number; end: number }> {
  const spans: Array<{ text: string; start: number; end: number }> = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    spans.push({ text: match[0], start: match.index + offset, end: match.index + offset + match[0].length });
  }
  return spans;
}

const spelledNumbers =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|quarter|dozen|percent)\b/i;

/** A figure a reviewer would accept as data: a digit, or a number written out. */
export function hasNumber(text: string): boolean {
  return /\d/.test(text) || spelledNumbers.test(text);
}
