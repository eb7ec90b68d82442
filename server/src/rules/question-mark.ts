import { allFaqItems } from './faq-items';
import { quoted } from './helpers';
import type { Rule } from './types';

/** A FAQ entry phrased as a statement hides the question the reader is asking. */
export const questionMark: Rule = {
  id: 'question-mark',
  defaultSeverity: 'warning',
  description: 'A FAQ question does not end with a question mark.',
  check(model) {
    return allFaqItems(model)
      .filter(({ item }) => item.question.text.length > 0 && !/\?["”’)*_]*$/.test(item.question.text.trim()))
      .map(({ item }) => ({
        range: item.question.range,
        message: `${quoted(item.question.text)} is not phrased as a question. Write it the way a reader would ask it, ending with "?".`,
      }));
  },
};
