import { requiredOrder, sectionNames } from '../model/part-order';
import type { Section } from '../model/types';
import type { Rule } from './types';

/** Readers expect Press Release → Customer FAQ → Internal FAQ → Success Metrics. */
export const sectionOrder: Rule = {
  id: 'section-order',
  defaultSeverity: 'warning',
  description: 'The parts are not in the order Press Release, Customer FAQ, Internal FAQ, Success Metrics.',
  check(model) {
    const firsts: Section[] = [];
    for (const section of model.sections) {
      if (requiredOrder.includes(section.kind) && !firsts.some((seen) => seen.kind === section.kind)) firsts.push(section);
    }
    const findings = [];
    // Report a part that stands above one that should precede it, e.g. metrics above the FAQs.
    for (let index = 0; index < firsts.length; index++) {
      const section = firsts[index]!;
      const rank = requiredOrder.indexOf(section.kind);
      const shouldPrecede = firsts
        .slice(index + 1)
        // The two FAQs swapped is faq-order's finding.
        .filter((later) => !(section.kind === 'internal-faq' && later.kind === 'customer-faq'))
        .find((later) => requiredOrder.indexOf(later.kind) < rank);
      if (!shouldPrecede) continue;
      findings.push({
        range: section.headingRange,
        message: `${sectionNames[section.kind]} comes before ${sectionNames[shouldPrecede.kind]}. Move it below: a PR/FAQ reads Press Release, Customer FAQ, Internal FAQ, then Success Metrics.`,
        related: [{ range: shouldPrecede.headingRange, message: `${sectionNames[shouldPrecede.kind]} is here` }],
      });
    }
    return findings;
  },
};
