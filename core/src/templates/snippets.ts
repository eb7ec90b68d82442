// The snippets contributed for the prfaq language. snippets/prfaq.code-snippets is
// written from this list (npm run snippets); a unit test keeps the two in step.
import { coreQuestionEntry, coreQuestions, customerFaq, faqEntry, internalFaq } from './faq';
import { fullTemplate } from './full';
import { metricListItem, metricsList, metricsTable, metricTableRow } from './metrics';
import { callToAction, customerQuote, datelineSummary, gettingStarted, headline, leaderQuote, pressRelease, problem, solution } from './press-release';
import { define, invent, listen, refine, testAndIterate } from './stages';
import { asSnippet } from './template-text';

export interface SnippetDefinition {
  name: string;
  prefix: string;
  description: string;
  template: string;
}

export const snippetDefinitions: readonly SnippetDefinition[] = [
  { name: 'Full PR/FAQ', prefix: 'prfaq', description: 'The whole PR/FAQ: press release, customer FAQ, internal FAQ and success metrics.', template: fullTemplate },
  { name: 'Press release', prefix: 'pr-release', description: 'The press release, paragraph by paragraph, under its own heading.', template: pressRelease },
  { name: 'Headline and subheading', prefix: 'pr-headline', description: 'The headline naming the product and benefit, and a one-sentence subheading.', template: headline },
  { name: 'Dateline and summary', prefix: 'pr-dateline', description: 'The opening paragraph: city, launch date, and what launched for whom.', template: datelineSummary },
  { name: 'Problem paragraph', prefix: 'pr-problem', description: "The customer's problem, with a number that shows its size.", template: problem },
  { name: 'Solution paragraph', prefix: 'pr-solution', description: 'How the product removes the problem, in customer words.', template: solution },
  { name: 'Leader quote', prefix: 'pr-leader-quote', description: 'A named company leader on why this matters to customers.', template: leaderQuote },
  { name: 'Getting started', prefix: 'pr-getting-started', description: 'How a customer begins, and how long it takes.', template: gettingStarted },
  { name: 'Customer quote', prefix: 'pr-customer-quote', description: 'A named customer describing the benefit in their own words.', template: customerQuote },
  { name: 'Call to action', prefix: 'pr-call-to-action', description: 'One sentence telling the reader where to go next.', template: callToAction },
  { name: 'Customer FAQ', prefix: 'faq-customer', description: 'The customer FAQ with the questions customers ask first.', template: customerFaq },
  { name: 'Internal FAQ', prefix: 'faq-internal', description: 'The internal FAQ with its core questions: customer and market, economics, dependencies, risks, what we are not doing.', template: internalFaq },
  { name: 'FAQ entry', prefix: 'faq-entry', description: 'One question and its answer.', template: faqEntry },
  ...coreQuestions.map((core) => ({
    name: `Internal FAQ question: ${core.question}`,
    prefix: `faq-core-${core.topic}`,
    description: 'A core internal FAQ question, with what its answer needs.',
    template: coreQuestionEntry(core),
  })),
  { name: 'Success metrics table', prefix: 'metrics-table', description: 'Success metrics as a table: metric, input or output, target, date.', template: metricsTable },
  { name: 'Success metrics list', prefix: 'metrics-list', description: 'Success metrics as a list: metric, input or output, target, date.', template: metricsList },
  { name: 'Metric row', prefix: 'metric-row', description: 'One metric as a table row: metric, input or output, target, date.', template: metricTableRow },
  { name: 'Metric list item', prefix: 'metric-item', description: 'One metric as a list item: metric, input or output, target, date.', template: metricListItem },
  { name: 'Stage 1 — Listen', prefix: 'stage-listen', description: 'Who the customer is, what we know about them, and how we know it.', template: listen },
  { name: 'Stage 2 — Define', prefix: 'stage-define', description: 'The problem statement: "Today, [customers] have to [problem] when [situation]. Customers need a way to [need]."', template: define },
  { name: 'Stage 3 — Invent', prefix: 'stage-invent', description: 'The solutions considered, and why this one.', template: invent },
  { name: 'Stage 4 — Refine', prefix: 'stage-refine', description: 'A log of the PR/FAQ reviews: who read it, what they asked, what changed.', template: refine },
  { name: 'Stage 5 — Test & Iterate', prefix: 'stage-test-iterate', description: 'The prototype, success metrics, and what success and unintended effects look like.', template: testAndIterate },
];

/** The contents of snippets/prfaq.code-snippets. */
export function snippetFile(): string {
  const entries = Object.fromEntries(
    snippetDefinitions.map(({ name, prefix, description, template }) => [name, { prefix, description, body: asSnippet(template).split('\n') }]),
  );
  return `${JSON.stringify(entries, null, 2)}\n`;
}
