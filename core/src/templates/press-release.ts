// The press release and each of its paragraphs, as templates (see template-text.ts).
// Placeholders say what to write; none of them nests a name, so each is one tab stop.

export const headline = `### [PRODUCT] [DOES WHAT] for [CUSTOMERS]

#### [One sentence: who the customer is and the main benefit they get.]
`;

export const datelineSummary = `[CITY], [STATE] — [LAUNCH DATE] — [COMPANY] today launched [PRODUCT], [what it is and what it lets customers do, in their own words].
`;

export const problem = `[The problem from the customer's side, with a number: the share of customers who have it, how often, and what it costs them today.]
`;

export const solution = `[How the product removes the problem, in two or three sentences a customer would understand.]
`;

export const leaderQuote = `"[Why this matters to customers]," said [LEADER NAME], [TITLE] at [COMPANY]. "[What changes for them.]"
`;

export const gettingStarted = `To get started, [the first steps a customer takes, and how long they take].
`;

export const customerQuote = `"[The benefit, in the customer's own words]," said [CUSTOMER NAME], [ROLE] in [PLACE].
`;

export const callToAction = `[One sentence: where to go next, e.g. "Start a free trial at example.com/product."]
`;

/** The paragraphs in the order a press release tells them. */
export const pressReleaseBody = [headline, datelineSummary, problem, solution, leaderQuote, gettingStarted, customerQuote, callToAction].join('\n');

export const pressRelease = `## Press Release

${pressReleaseBody}`;
