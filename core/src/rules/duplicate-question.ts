import { allFaqItems } from './faq-items';
import { quoted } from './helpers';
import type { FaqItem, PrFaq, Range } from '../model/types';
import type { Fix, Rule } from './types';

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
        fixes: [removeEntry(model, located.item)],
      });
    }
    return findings;
  },
};

/** Not safe: the duplicate's answer goes too, and it may say something the first one does not. */
function removeEntry(model: PrFaq, item: FaqItem): Fix {
  return { title: 'Remove this repeated question and its answer', edits: [{ range: wholeEntry(model, item), newText: '' }], safe: false };
}

/** From the question's line to the line where the next entry, the next part or the document begins. */
function wholeEntry(model: PrFaq, item: FaqItem): Range {
  const faq = [model.customerFaq, model.internalFaq].find((candidate) => candidate?.items.includes(item))!;
  const nextItem = faq.items[faq.items.indexOf(item) + 1];
  const nextSection = model.sections.find((section) => section.headingRange.start.line > item.range.start.line);
  const end = nextItem ? { line: nextItem.range.start.line, character: 0 } : nextSection ? { line: nextSection.headingRange.start.line, character: 0 } : model.documentRange.end;
  return { start: { line: item.range.start.line, character: 0 }, end };
}
