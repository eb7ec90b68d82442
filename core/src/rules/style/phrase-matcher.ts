// Finding a word list's phrases in text. One regular expression with every
// phrase as an alternative behind a lookbehind was the writing rules' largest
// cost: it is tried at every character. Instead the text is read once, word by
// word, and only the phrases that start with that word are tried there.
import { isLetterOrDigit } from '../../model/words';

export interface PhraseMatch {
  /** The entry of the list that matched, lower case. */
  phrase: string;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
}

/** A phrase ends where no letter, digit or hyphen follows, nor an apostrophe that starts a suffix ("many's"). */
const phraseEnd = String.raw`(?![\p{L}\p{N}-]|['’]\p{L})`;

/**
 * Finds whole-word, case-insensitive occurrences of any phrase, longest first
 * ("nearly all" before "all"). White space inside a phrase matches any run of
 * white space, so a phrase broken across lines is still found.
 */
export class PhraseMatcher {
  /** First word (lower case) → the phrases starting with it, longest first, as one sticky pattern. */
  private readonly byFirstWord = new Map<string, RegExp>();
  private readonly firstWordLengths = new Set<number>();
  /** For lists with a phrase that does not start with a plain ASCII word: the whole list as one pattern. */
  private readonly whole: RegExp | undefined;

  constructor(readonly phrases: readonly string[]) {
    const sorted = [...phrases].sort((a, b) => b.length - a.length);
    const groups = new Map<string, string[]>();
    for (const phrase of sorted) {
      const firstWord = /^[\p{L}\p{N}]+/u.exec(phrase)?.[0].toLowerCase();
      if (!firstWord || !/^[a-z0-9]+$/.test(firstWord)) {
        groups.clear();
        break;
      }
      groups.set(firstWord, [...(groups.get(firstWord) ?? []), patternOf(phrase)]);
    }
    const indexed = groups.size > 0 || sorted.length === 0;
    this.whole = indexed ? undefined : new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${sorted.map(patternOf).join('|')})${phraseEnd}`, 'giu');
    for (const [firstWord, patterns] of groups) {
      this.byFirstWord.set(firstWord, new RegExp(`(?:${patterns.join('|')})${phraseEnd}`, 'iuy'));
      this.firstWordLengths.add(firstWord.length);
    }
  }

  matches(text: string): PhraseMatch[] {
    if (this.whole) return [...text.matchAll(this.whole)].map((match) => matchOf(match[0], match.index));
    const found: PhraseMatch[] = [];
    let index = 0;
    // A phrase may start only where the character before is not a letter, digit, apostrophe or hyphen.
    let startAllowed = true;
    while (index < text.length) {
      const code = text.codePointAt(index)!;
      const width = code > 0xffff ? 2 : 1;
      if (!isLetterOrDigit(code)) {
        startAllowed = code !== 0x27 && code !== 0x2019 && code !== 0x2d;
        index += width;
        continue;
      }
      const wordEnd = endOfWord(text, index);
      const pattern = startAllowed ? this.patternAt(text, index, wordEnd) : undefined;
      const match = pattern?.exec(text);
      if (match) {
        found.push(matchOf(match[0], index));
        index += match[0].length;
        startAllowed = !/[\p{L}\p{N}'’-]$/u.test(match[0]);
      } else {
        index = wordEnd;
        startAllowed = false;
      }
    }
    return found;
  }

  /** The sticky pattern for the word at start–end, positioned there, if a phrase starts with that word. */
  private patternAt(text: string, start: number, end: number): RegExp | undefined {
    if (!this.firstWordLengths.has(end - start)) return undefined;
    // Case-insensitive matching folds "ſ" to "s" (and "K", the Kelvin sign, to "k", as toLowerCase does).
    const lower = text.slice(start, end).toLowerCase();
    const word = lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
    const pattern = this.byFirstWord.get(word);
    if (pattern) pattern.lastIndex = start;
    return pattern;
  }
}

function matchOf(text: string, start: number): PhraseMatch {
  return { phrase: text.toLowerCase().replace(/\s+/g, ' '), text, start, end: start + text.length };
}

function patternOf(phrase: string): string {
  return phrase.split(' ').map(escape).join('\\s+');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the run of letters and digits starting at `start` ends. */
function endOfWord(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    const code = text.codePointAt(index)!;
    if (!isLetterOrDigit(code)) break;
    index += code > 0xffff ? 2 : 1;
  }
  return index;
}
