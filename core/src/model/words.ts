// Counting words and sentences in prose.

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/**
 * As many as `words(text)` finds, without building the list: each run of
 * letters, digits and the marks wordPattern allows inside a word ("don't",
 * "2.5", "e-mail") is one word if it holds a letter or digit.
 */
export function countWords(text: string): number {
  let count = 0;
  let runHasLetter = false;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      code = text.codePointAt(index)!;
      if (code > 0xffff) index++;
    }
    if (isLetterOrDigit(code)) runHasLetter = true;
    else if (!isInsideWordMark(code)) {
      if (runHasLetter) count++;
      runHasLetter = false;
    }
  }
  return runHasLetter ? count + 1 : count;
}

const letterOrDigit = /^[\p{L}\p{N}]$/u;

/** Whether a code point is a letter or digit (\p{L} or \p{N}), quickly for ASCII. */
export function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return letterOrDigit.test(String.fromCodePoint(code));
}

/** ' ’ . , - */
function isInsideWordMark(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2c || code === 0x2d;
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

/**
 * Full-width digits, magnitudes written in words in Korean and Japanese
 * ("수만 원", "数百件"), halves ("절반", "半分") and Korean native numbers
 * before a counter ("두 번", "세 가지").
 */
const otherScriptNumbers = /[０-９]|수(?:십|백|천|만|억)|数(?:十|百|千|万|億)|절반|半分|(?:^|\s)(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:번|명|개|달|시간|곳|가지|배)(?=\s|[이을의에가,.]|$)/u;

/** A figure a reviewer would accept as data: a digit, or a number written out. */
export function hasNumber(text: string): boolean {
  return /\d/.test(text) || spelledNumbers.test(text) || otherScriptNumbers.test(text);
}

/** Names joined as a reader says them: "a", "a and b", "a, b and c". */
export function listInWords(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
