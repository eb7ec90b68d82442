import { quoted } from './helpers';
import type { Rule } from './types';

/** Placeholders are fine while drafting and embarrassing in review. */
export const placeholder: Rule = {
  id: 'placeholder',
  defaultSeverity: 'warning',
  description: 'A placeholder such as [TBD], TODO or XX% is left in.',
  check(model) {
    return model.placeholders.map((found) => ({
      range: found.range,
      message:
        found.inDateline === 'date'
          ? `The launch date is still a placeholder (${quoted(found.text)}). Pick the proposed launch date, e.g. "June 1, 2027"; it can move later.`
          : found.inDateline === 'city'
            ? `The dateline's place is still a placeholder (${quoted(found.text)}). Name the city the announcement comes from, e.g. "SEATTLE, WA".`
            : `Placeholder ${quoted(found.text)} is left in. Replace it with the real figure, name or date before review.`,
    }));
  },
};
