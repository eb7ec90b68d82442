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
  return word
    .toLowerCase()
    .split(/[-–]/)
    .reduce((sum, part) => {
      const letters = part.replace(/[^a-z]/g, '');
      if (letters.length === 0) return sum;
      if (letters.length <= 3) return sum + 1;
      const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
      const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
      return sum + Math.max(1, groups);
    }, 0);
}
