// Parts that must be a single sentence: the subheading and the call to action.
import type { PressReleasePart } from '../model/types';
import { sentences } from '../model/words';
import type { Rule } from './types';

export function oneSentence(id: string, partName: string, pick: (part: { subheading?: PressReleasePart; callToAction?: PressReleasePart }) => PressReleasePart | undefined, advice: string): Rule {
  return {
    id,
    defaultSeverity: 'warning',
    description: `The ${partName} is longer than one sentence.`,
    check(model) {
      const part = model.pressRelease ? pick(model.pressRelease) : undefined;
      if (!part) return [];
      const count = sentences(part.text).length;
      if (count <= 1) return [];
      return [{ range: part.range, message: `The ${partName} has ${count} sentences. ${advice}` }];
    },
  };
}
