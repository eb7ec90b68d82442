// What each part of a PR/FAQ must hold, in the words a reviewer would use; shown when hovering its heading.
import type { SectionKind } from '../../../core/src/index';

export const sectionGuidance: Record<SectionKind, string> = {
  'press-release':
    'Under one page (about 400–600 words), in customer words: a headline naming the product and its benefit, a one-sentence subheading, a summary opening with a dateline (city and launch date), the problem with a number, the solution, a named leader quote, how to get started, a named customer quote, and a one-sentence call to action.',
  'customer-faq': 'The questions customers and the press ask at launch: price, how it works, where to get it, its limits, and how to get help. Each a real question, ending in "?", with an answer.',
  'internal-faq':
    'The questions your own reviewers ask, answered from today: who the customer is and how many there are, the cost to build and run and how it pays back, dependencies and hard problems, the risks, and what you are not doing.',
  'success-metrics': 'How you will know it worked: each metric with a number, a unit and a date, marked input (the team controls it) or output (the result). Include at least one input metric.',
  tenets: 'The principles that decide trade-offs for this product, one line each.',
  visuals: 'Mock-ups or sketches of what the customer sees.',
  appendix: 'Supporting data and detail that the press release and FAQs refer to.',
  'stage-notes': 'Working Backwards notes for one stage: Listen, Define, Invent, Refine, or Test & Iterate.',
  other: 'A part the PR/FAQ structure does not name; the checks leave it alone.',
};
