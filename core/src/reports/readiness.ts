// Review at a glance: findings per part, and the press release and FAQs
// against their length budgets.
import { sectionNames } from '../model/part-order';
import { faqWordCount } from '../model/faq';
import { knownStage, stageDescriptions } from '../model/stage';
import type { PrFaq } from '../model/types';
import type { Readiness } from '../../../shared/src/protocol';
import type { LintConfig } from '../config/lint-config';
import type { Finding } from '../rules/types';

export function readinessOf(model: PrFaq, findings: Finding[], config: LintConfig): Readiness {
  const serious = findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
  const parts = model.sections
    .filter((section) => section.kind !== 'other')
    .map((section) => {
      const inside = serious.filter((finding) => finding.range.start.line >= section.range.start.line && finding.range.start.line <= section.range.end.line);
      const part = {
        name: sectionNames[section.kind],
        line: section.headingRange.start.line,
        errors: inside.filter((finding) => finding.severity === 'error').length,
        warnings: inside.filter((finding) => finding.severity === 'warning').length,
      };
      return inside[0] ? { ...part, firstFindingLine: inside[0].range.start.line } : part;
    });
  const faqWords = faqWordCount(model.sections);
  const stage = knownStage(model.stage);
  return {
    ...(stage ? { stage: stageDescriptions[stage].label } : {}),
    parts,
    pressReleaseWords: model.pressRelease?.wordCount ?? 0,
    pressReleaseBudget: config.options.pressReleaseMaxWords,
    faqWords,
    faqBudget: config.options.faqMaxWords,
    errors: serious.filter((finding) => finding.severity === 'error').length,
    warnings: serious.filter((finding) => finding.severity === 'warning').length,
  };
}
