// Word lists as the writer tunes them (PhraseMatcher finds their phrases in text).
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
