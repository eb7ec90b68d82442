import { anchorOf } from './helpers';
import type { Rule } from './types';

/** The press release fits on about one page. */
export const pressReleaseLength: Rule = {
  id: 'press-release-length',
  defaultSeverity: 'warning',
  description: 'The press release is longer than about one page.',
  check(model, options) {
    const pressRelease = model.pressRelease;
    if (!pressRelease || pressRelease.wordCount <= options.pressReleaseMaxWords) return [];
    return [
      {
        range: anchorOf(pressRelease.section),
        message: `The press release has ${pressRelease.wordCount} words, over the ${options.pressReleaseMaxWords}-word budget (about one page). Cut specification detail and move it to the FAQ; keep 3–4 sentences a paragraph.`,
      },
    ];
  },
};
