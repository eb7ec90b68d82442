// Flesch reading ease and Flesch–Kincaid grade of a piece of prose, with an
// estimated syllable count: close enough to rank paragraphs, which is all a
// readability hint needs.

export interface Readability {
  words: number;
  sentences: number;
  ease: number;
  grade: number;
}

export function readability(wordList: string[], sentences: number): Readability {
  const words = wordList.filter((word) => /\p{L}/u.test(word));
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  const perSentence = words.length / Math.max(1, sentences);
  const perWord = syllableCount / Math.max(1, words.length);
  return {
    words: words.length,
    sentences,
    ease: 206.835 - 1.015 * perSentence - 84.6 * perWord,
    grade: 0.39 * perSentence + 11.8 * perWord - 15.59,
  };
}

/** Vowel groups, less a silent final "e", at least one; hyphenated words count by part. */
export function syllables(word: string): number {
  const lower = word.toLowerCase();
  // Most words are plain lower-case letters: no need to split or clean them.
  if (/^[a-z]+$/.test(lower)) return syllablesOfLetters(lower);
  return lower.split(/[-–]/).reduce((sum, part) => sum + syllablesOfLetters(part.replace(/[^a-z]/g, '')), 0);
}

const silentBefore = new Set(['l', 'a', 'e', 'i', 'o', 'u', 'y']);
const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Syllables of a word of letters a–z; counted in place, as the writing rules count thousands of words per document. */
function syllablesOfLetters(letters: string): number {
  const length = letters.length;
  if (length === 0) return 0;
  if (length <= 3) return 1;
  // A silent "-es", "-ed" or "-e" after a consonant other than "l" ("makes", "named", "time", but not "table").
  let end = length;
  const last = letters[length - 1];
  if ((last === 's' || last === 'd') && letters[length - 2] === 'e' && !silentBefore.has(letters[length - 3]!)) end = length - 3;
  else if (last === 'e' && !silentBefore.has(letters[length - 2]!)) end = length - 2;
  // A leading "y" is a consonant ("yes").
  let groups = 0;
  for (let index = letters[0] === 'y' ? 1 : 0; index < end; index++) {
    if (!vowels.has(letters[index]!)) continue;
    // Two vowels together are one syllable ("rain"); a third starts another.
    groups++;
    if (index + 1 < end && vowels.has(letters[index + 1]!)) index++;
  }
  return Math.max(1, groups);
}
