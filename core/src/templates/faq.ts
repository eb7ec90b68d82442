// The two FAQs, one FAQ entry, and the internal FAQ's core questions, as templates (see template-text.ts).

export const faqEntry = `### [QUESTION A READER WOULD ASK]?

[The answer, with numbers where you have them.]
`;

export const customerFaq = `## Customer FAQ

### How much does [PRODUCT] cost?

[Price, plans, and what is free.]

### How does it work?

[What the customer does, step by step, and what they see.]

### How do I get help?

[Where to get help, and within what time.]
`;

export interface CoreQuestion {
  /** The internal-faq-core-topics rule's topic id, or a question the rule does not require. */
  topic: 'customer' | 'economics' | 'dependencies' | 'risks' | 'not-doing';
  question: string;
  answerPrompt: string;
}

/** What a funding review asks first; the internal-faq-core-topics rule checks the first four. */
export const coreQuestions: readonly CoreQuestion[] = [
  { topic: 'customer', question: 'Who is the customer, and how many are there?', answerPrompt: 'The customer segment and the size of the market, with the source of the figure.' },
  { topic: 'economics', question: 'What will it cost to build and run, and how does it pay back?', answerPrompt: 'Cost to build, cost to run per customer, price, and when it breaks even.' },
  { topic: 'dependencies', question: 'What do we depend on, and what is hardest to build?', answerPrompt: 'Teams, partners and technology we rely on; the hard problems.' },
  { topic: 'risks', question: 'What are the biggest risks?', answerPrompt: 'The risks and how we will reduce each one.' },
  { topic: 'not-doing', question: 'What are we not doing?', answerPrompt: 'What this first release leaves out, and why.' },
];

/** One question as a template, at the heading depth its FAQ uses. */
export function coreQuestionEntry({ question, answerPrompt }: CoreQuestion, depth = 3): string {
  return `${'#'.repeat(depth)} ${question}

[${answerPrompt}]
`;
}

export const internalFaq = `## Internal FAQ

${coreQuestions.map((core) => coreQuestionEntry(core)).join('\n')}`;
