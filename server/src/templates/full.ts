// The full PR/FAQ skeleton, shared by `prfaq init` and the editor's new-document command.
// Bracketed capitals are placeholders: the placeholder rule points at each one until it is filled in.

export interface TemplateValues {
  product: string;
  customer: string;
}

export function fullPrfaq({ product, customer }: TemplateValues): string {
  return `---
title: ${product}
status: Draft
---

# ${product}

## Press Release

### ${product} [DOES WHAT] for ${customer}

#### [One sentence: who the customer is and the main benefit they get.]

[CITY], [STATE] — [LAUNCH DATE] — [COMPANY] today launched ${product}, [what it is and what it lets ${customer} do, in words they use].

[The problem, from the customer's side, with a number: how many ${customer} have it, how often, what it costs them today.]

[How ${product} removes the problem, in two or three sentences a customer would understand.]

"[Why this matters to customers]," said [LEADER NAME], [TITLE] at [COMPANY]. "[What changes for them.]"

To get started, [the first steps a customer takes, and how long they take].

"[The benefit, in the customer's own words]," said [CUSTOMER NAME], [ROLE] in [PLACE].

[One sentence: where to go next, e.g. "Start a free trial at example.com/product."]

## Customer FAQ

### How much does ${product} cost?

[Price, plans, and what is free.]

### How do I get help?

[Where to get help and how fast.]

## Internal FAQ

### Who is the customer, and how many are there?

[The customer segment and the size of the market, with the source of the figure.]

### What will it cost to build and run, and how does it pay back?

[Cost to build, cost to run per customer, price, and when it breaks even.]

### What do we depend on, and what is hardest to build?

[Teams, partners and technology we rely on; the hard problems.]

### What are the biggest risks?

[The risks and how we will reduce each one.]

## Success Metrics

| Metric | Type | Target | By |
| --- | --- | --- | --- |
| [Something the team controls, e.g. time to first result] | Input | [NUMBER] | [DATE] |
| [A result customers show, e.g. weekly active ${customer}] | Output | [NUMBER] | [DATE] |
`;
}
