// The full PR/FAQ and the press release on its own, as templates (see template-text.ts),
// and the full PR/FAQ as `prfaq init` writes it.
import { customerFaq, internalFaq } from './faq';
import { metricsTable } from './metrics';
import { pressRelease } from './press-release';
import { asPlainText, withNames, type TemplateNames } from './template-text';

const frontMatterAndTitle = `---
title: [PRODUCT]
status: Draft
---

# [PRODUCT]
`;

export const fullTemplate = [frontMatterAndTitle, pressRelease, customerFaq, internalFaq, metricsTable].join('\n');

export const pressReleaseOnlyTemplate = [frontMatterAndTitle, pressRelease].join('\n');

export function fullPrfaq(names: TemplateNames): string {
  return asPlainText(withNames(fullTemplate, names));
}
