// Which PR/FAQ part a heading names. Real documents use many synonyms
// ("External FAQ", "Part 1 — Press Release"), so match on words, not exact titles.
import type { SectionKind } from './types';

const patterns: Array<[SectionKind, RegExp]> = [
  ['press-release', /\bpress[\s-]+release\b|\bannouncement\b/i],
  ['customer-faq', /\b(customer|external|public)\b.*\bfaqs?\b|\bfaqs?\b.*\b(customer|external|public)\b/i],
  ['internal-faq', /\b(internal|stakeholder)\b.*\bfaqs?\b|\bfaqs?\b.*\b(internal|stakeholder)\b/i],
  ['success-metrics', /\b(success\s+)?metrics\b|\bmeasures?\s+of\s+success\b|\bkpis?\b/i],
];

export function sectionKindOf(headingText: string): SectionKind {
  for (const [kind, pattern] of patterns) {
    if (pattern.test(headingText)) return kind;
  }
  return 'other';
}
