// Which PR/FAQ part a heading names. Real documents use many synonyms
// ("External FAQ", "Part 1 — Press Release"), so match on words, not exact titles.
import type { SectionKind } from './types';

const faq = String.raw`(?:faqs?|frequently asked questions|questions)`;
const patterns: Array<[SectionKind, RegExp]> = [
  ['press-release', /\bpress[\s-]+release\b|^\s*(?:the\s+)?(?:launch\s+)?announcement\s*$/i],
  ['internal-faq', new RegExp(String.raw`\b(?:internal|stakeholder|business)\b.*\b${faq}|\b${faq}\b.*\b(?:internal|stakeholders?)\b`, 'i')],
  ['customer-faq', new RegExp(String.raw`\b(?:customer|external|public)\b.*\b${faq}|\b${faq}\b.*\b(?:customers?|external|public)\b|^\s*(?:part\s+\S+\s*[—–:-]\s*)?faqs?\s*$`, 'i')],
  ['success-metrics', /\b(?:success\s+)?metrics\b|\bmeasures?\s+of\s+success\b|\bkpis?\b|\bhow\s+we\s+(?:will\s+)?measure\b/i],
  ['tenets', /\btenets?\b/i],
  ['visuals', /\b(?:visuals?|mock-?ups?|wireframes?|sketches)\b/i],
  ['appendix', /\bappendi(?:x|ces)\b/i],
  ['stage-notes', /\b(?:listen|define|invent|refine|test\s*(?:&|and)\s*iterate)\b.*\b(?:stage|notes?)\b|\bstage\s+notes?\b/i],
];

export function sectionKindOf(headingText: string): SectionKind {
  for (const [kind, pattern] of patterns) {
    if (pattern.test(headingText)) return kind;
  }
  return 'other';
}

/** The parts every PR/FAQ needs, in the order readers expect them. */
export const requiredOrder: readonly SectionKind[] = ['press-release', 'customer-faq', 'internal-faq', 'success-metrics'];

export const sectionNames: Record<SectionKind, string> = {
  'press-release': 'Press Release',
  'customer-faq': 'Customer FAQ',
  'internal-faq': 'Internal FAQ',
  'success-metrics': 'Success Metrics',
  tenets: 'Tenets',
  visuals: 'Visuals',
  appendix: 'Appendix',
  'stage-notes': 'Stage notes',
  other: 'Other',
};
