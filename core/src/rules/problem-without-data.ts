import { isEnglish } from '../model/language';
import { isOnlyPlaceholder } from '../model/placeholders';
import { problemCue } from '../model/press-release';
import { hasNumber } from '../model/words';
import type { Rule } from './types';

/** Reviewers believe a problem that is measured. */
export const problemWithoutData: Rule = {
  id: 'problem-without-data',
  defaultSeverity: 'warning',
  description: 'The problem paragraph contains no number.',
  check(model) {
    const problem = model.pressRelease?.problem;
    if (!problem || hasNumber(problem.text)) return [];
    // A template's instruction still in place is reported as a placeholder; one finding is enough.
    if (isOnlyPlaceholder(problem.text)) return [];
    // A paragraph taken for the problem by its place alone may be a feature note: speak when it reads as a pain.
    const english = isEnglish(model.pressRelease!.section.language);
    if (problem.recognisedBy === 'position' && english && !problemCue.test(problem.text)) return [];
    return [
      {
        range: problem.range,
        message: 'The problem has no data. Add a figure that shows how big the pain is: how many customers, how often, how much time or money it costs them today.',
      },
    ];
  },
};
