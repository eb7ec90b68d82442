import { metricsQuestion } from '../model/metrics-in-faq';
import { sectionNames } from '../model/part-order';
import type { SectionKind } from '../model/types';
import { allFaqItems } from './faq-items';
import { startOf } from './helpers';
import { insertSectionFix } from './section-insertion';
import type { Rule } from './types';

const advice: Partial<Record<SectionKind, string>> = {
  'customer-faq': 'Add a "## Customer FAQ" after the press release with the questions customers would ask at launch: price, how it works, where to get it, limits, how to get help.',
  'internal-faq': 'Add a "## Internal FAQ" with the questions your own finance, legal, operations and engineering reviewers will ask: market size, cost, dependencies, risks.',
  'success-metrics': 'Add a "## Success Metrics" section: each metric with a number, a unit and a date, marked input or output.',
};

/** The parts besides the press release, which missing-press-release checks. */
const otherParts = ['customer-faq', 'internal-faq', 'success-metrics'] as const;

/** A PR/FAQ has four parts; the press release is checked by missing-press-release. */
export const missingSection: Rule = {
  id: 'missing-section',
  defaultSeverity: 'warning',
  description: 'The Customer FAQ, Internal FAQ or Success Metrics section is missing.',
  check(model) {
    if (model.recognition.confidence !== 'clear') return [];
    const present = new Set(model.sections.map((section) => section.kind));
    // One FAQ with no customer/internal split holds both kinds of question.
    if (model.sections.some((section) => section.combined)) present.add('customer-faq').add('internal-faq');
    // Metrics are often answered inside the internal FAQ ("How will we measure success?").
    if (allFaqItems(model).some(({ item }) => metricsQuestion.test(item.question.text))) present.add('success-metrics');
    const last = model.sections[model.sections.length - 1];
    const anchor = last ? startOf(last.headingRange) : startOf(model.documentRange);
    // A document of FAQs with no press release (an RFC's) is only part of a PR/FAQ: the rest is said one severity
    // lower. So is a press release with no FAQ or metrics at all, unless the writer named the file a PR/FAQ.
    const announcementAlone = !model.recognition.named && !otherParts.some((kind) => present.has(kind));
    const onlyPart = !model.pressRelease || announcementAlone;
    return otherParts
      .filter((kind) => !present.has(kind))
      .map((kind) => ({ range: anchor, message: `No ${sectionNames[kind]} section found. ${advice[kind]}`, fixes: [insertSectionFix(model, kind)], part: kind, ...(onlyPart ? { quieter: true as const } : {}) }));
  },
};
