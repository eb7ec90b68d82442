import { allFaqItems } from './faq-items';
import { quoted } from './helpers';
import type { Rule } from './types';

function normalise(question: string): string {
  return question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Asking the same question twice splits the answer, and readers find only one half. */
export const duplicateQuestion: Rule = {
  id: 'duplicate-question',
  defaultSeverity: 'warning',
  description: 'The same question appears twice.',
  check(model) {
    const firstSeen = new Map<string, ReturnType<typeof allFaqItems>[number]>();
    const findings = [];
    for (const located of allFaqItems(model)) {
      const key = normalise(located.item.question.text);
      if (key.length === 0) continue;
      const first = firstSeen.get(key);
      if (!first) {
        firstSeen.set(key, located);
        continue;
      }
      findings.push({
        range: located.item.question.range,
        message: `${quoted(located.item.question.text)} is asked twice (first in the ${first.faqName}, line ${first.item.question.range.start.line + 1}). Merge the two answers under one question and delete this one.`,
        related: [{ range: first.item.question.range, message: 'First asked here' }],
      });
    }
    return findings;
  },
};
