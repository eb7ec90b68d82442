import { allFaqItems } from './faq-items';
import { quoted } from './helpers';
import type { Rule } from './types';

/** An unanswered question tells the reviewer the team has not thought it through yet. */
export const faqMissingAnswer: Rule = {
  id: 'faq-missing-answer',
  defaultSeverity: 'warning',
  description: 'A FAQ question has no answer under it.',
  check(model) {
    return allFaqItems(model)
      .filter(({ item }) => !item.answer)
      .map(({ item, faqName }) => ({
        range: item.question.range,
        message: `${quoted(item.question.text)} in the ${faqName} has no answer. Write the answer below it, or delete the question if it no longer applies.`,
      }));
  },
};
