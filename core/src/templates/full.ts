// The full PR/FAQ and the press release on its own, as templates (see template-text.ts),
// and the full PR/FAQ as `prfaq init` writes it.
import { customerFaq, internalFaq } from './faq';
import { metricsTable } from './metrics';
import { pressRelease } from './press-release';
import { asPlainText, withNames, type TemplateNames } from './template-text';

/** The front matter and title a new document starts with; `stage:` calibrates the checks (docs/stages.md). */
export const frontMatterAndTitle = (stage: string) => `---
title: [PRODUCT]
stage: ${stage}
---

# [PRODUCT]
`;

const fullParts = [pressRelease, customerFaq, internalFaq, metricsTable];

export const fullTemplate = [frontMatterAndTitle('draft'), ...fullParts].join('\n');

/** The full PR/FAQ at Working Backwards stage 4, with the review log after it. */
export const refineTemplate = (reviewLog: string) => [frontMatterAndTitle('refine'), ...fullParts, reviewLog].join('\n');

export const pressReleaseOnlyTemplate = [frontMatterAndTitle('draft'), pressRelease].join('\n');

export function fullPrfaq(names: TemplateNames): string {
  return asPlainText(withNames(fullTemplate, names));
}
