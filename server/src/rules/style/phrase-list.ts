// Word lists as the writer tunes them, and finding their phrases in text.
import type { WordListSetting } from '../types';

/** The defaults, less what the writer removed, plus what they added; lower case. */
export function tunedList(defaults: readonly string[], setting: WordListSetting | undefined): string[] {
  const removed = new Set((setting?.remove ?? []).map(normalise));
  const list = [...defaults, ...(setting?.add ?? [])].map(normalise).filter((entry) => entry.length > 0 && !removed.has(entry));
  return [...new Set(list)];
}

function normalise(entry: string): string {
  return entry.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface PhraseMatch {
  /** The entry of the list that matched, lower case. */
  phrase: string;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
}

/**
 * Finds whole-word, case-insensitive occurrences of any phrase, longest first
 * ("nearly all" before "all"). White space inside a phrase matches any run of
 * white space, so a phrase broken across lines is still found.
 */
export class PhraseMatcher {
  private readonly pattern: RegExp | undefined;

  constructor(readonly phrases: readonly string[]) {
    const sorted = [...phrases].sort((a, b) => b.length - a.length);
    const source = sorted.map((phrase) => phrase.split(' ').map(escape).join('\\s+')).join('|');
    this.pattern = source ? new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${source})(?![\\p{L}\\p{N}-]|['’]\\p{L})`, 'giu') : undefined;
  }

  matches(text: string): PhraseMatch[] {
    if (!this.pattern) return [];
    return [...text.matchAll(this.pattern)].map((match) => ({
      phrase: match[0].toLowerCase().replace(/\s+/g, ' '),
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    }));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles once per distinct setting: the rules run on every keystroke with the same options. */
export function memoised<Key extends object, Value>(build: (key: Key) => Value): (key: Key) => Value {
  const cache = new WeakMap<Key, Value>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}
