import { startOf } from './helpers';
import { insertSectionFix } from './section-insertion';
import type { Rule } from './types';

/** A PR/FAQ starts with its press release: without one there is nothing to work backwards from. */
export const missingPressRelease: Rule = {
  id: 'missing-press-release',
  defaultSeverity: 'error',
  description: 'The document has no press release section.',
  check(model) {
    // Only a document that clearly is a PR/FAQ lacks one for sure; parts-not-recognised speaks for the rest.
    if (model.recognition.confidence !== 'clear' || model.sections.some((section) => section.kind === 'press-release')) return [];
    // An RFC may work backwards from a CHANGELOG or a README instead: parts-not-recognised says what is checked.
    if (model.sections.some((section) => section.recognition.artifacts)) return [];
    const range = model.sections[0]?.headingRange ?? startOf(model.documentRange);
    return [
      {
        range,
        message:
          'No press release found. Add a "## Press Release" section before the FAQs: a headline, a dateline and the customer problem it solves.',
        fixes: [insertSectionFix(model, 'press-release')],
      },
    ];
  },
};
