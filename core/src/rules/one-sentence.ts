// Parts that must be a single sentence: the subheading and the call to action.
import type { PressReleasePart } from '../model/types';
import { countWords, sentences } from '../model/words';
import type { Rule } from './types';

/** How far past one sentence a part may go before a reviewer would mind: "Available today. Start at example.com." is fine. */
export interface Allowance {
  sentences: number;
  words: number;
  /** Text that undoes the allowance: prices and conditions belong in the FAQ. */
  unless?: RegExp;
}

export function oneSentence(
  id: string,
  partName: string,
  pick: (part: { subheading?: PressReleasePart; callToAction?: PressReleasePart }) => PressReleasePart | undefined,
  advice: string,
  allowance: Allowance = { sentences: 1, words: Number.POSITIVE_INFINITY },
): Rule {
  return {
    id,
    defaultSeverity: 'warning',
    description: `The ${partName} is longer than one sentence.`,
    check(model) {
      const part = model.pressRelease ? pick(model.pressRelease) : undefined;
      if (!part) return [];
      const count = sentences(part.text).length;
      const allowed = count <= allowance.sentences && countWords(part.text) <= allowance.words && !allowance.unless?.test(part.text);
      if (count <= 1 || allowed) return [];
      return [{ range: part.range, message: `The ${partName} has ${count} sentences. ${advice}` }];
    },
  };
}
