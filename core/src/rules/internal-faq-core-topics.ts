import type { Rule } from './types';

export interface Topic {
  /** Shared with the core questions in templates/faq.ts, which completions offer. */
  id: 'customer' | 'economics' | 'dependencies' | 'risks';
  name: string;
  example: string;
  pattern: RegExp;
}

export const coreTopics: readonly Topic[] = [
  {
    id: 'customer',
    name: 'the customer and market size',
    example: 'Who is the customer, and how many are there?',
    pattern: /\b(?:market|how many|customers?|audience|addressable|tam|who (?:is|are) (?:the|our)|users?|segment|demand)\b/i,
  },
  {
    id: 'economics',
    name: 'economics',
    example: 'What does it cost to build and run, and how does it pay back?',
    pattern: /\b(?:cost|costs|price|pricing|economics|p&l|profit|margin|revenue|invest|investment|budget|pay back|payback|break even|unit economics|funding|fund|spend|afford)\b/i,
  },
  {
    id: 'dependencies',
    name: 'dependencies and hard problems',
    example: 'What do we depend on, and what is hardest to build?',
    pattern: /\b(?:depend|dependency|dependencies|rely|relies|partners?|third[- ]part(?:y|ies)|hard(?:est)?|difficult|challenges?|technical|feasib|build it|engineering)\b/i,
  },
  {
    id: 'risks',
    name: 'risks',
    example: 'What are the biggest risks, and how will we reduce them?',
    pattern: /\b(?:risks?|risky|go wrong|fail|failure|worr(?:y|ies)|concerns?|downside|threats?|legal|regulat|privacy|security|compliance|liabilit)\b/i,
  },
];

/** The internal FAQ exists to answer what a funding decision needs. */
export const internalFaqCoreTopics: Rule = {
  id: 'internal-faq-core-topics',
  defaultSeverity: 'information',
  description: 'The internal FAQ does not ask about the customer and market size, economics, dependencies, and risks.',
  check(model) {
    const faq = model.internalFaq;
    if (!faq) return [];
    const questions = faq.items.map((item) => item.question.text);
    const missing = coreTopics.filter((topic) => !questions.some((question) => topic.pattern.test(question)));
    if (missing.length === 0) return [];
    const list = missing.map((topic) => `${topic.name} (e.g. "${topic.example}")`).join('; ');
    return [
      {
        range: faq.section.headingRange,
        message: `The internal FAQ does not ask about ${missing.length === 1 ? 'one core topic' : `${missing.length} core topics`}: ${list}. Add a question for each; reviewers look for them first.`,
      },
    ];
  },
};
