// Notes for the Working Backwards stages before and after the PR/FAQ itself, as templates
// (see template-text.ts). Headings say "stage notes" so the model files them as such.

export const listen = `## Listen: stage notes

### Who is the customer?

[The customer in one sentence: who they are, what they are trying to get done.]

### What do we know about them?

- [A fact about the customer, with a number.]
- [Another fact, e.g. how often the need comes up.]

### How do we know it?

[Interviews, support tickets, data, research: what we looked at, how many, and when.]
`;

export const define = `## Define: stage notes

### The problem

Today, [CUSTOMERS] have to [WHAT THEY PUT UP WITH] when [SITUATION]. Customers need a way to [WHAT THEY NEED].

### The most important customer benefit

[The one benefit that matters most, in the customer's words.]
`;

export const invent = `## Invent: stage notes

### Solutions we considered

| Solution | What it gives the customer | Why not (yet) |
| --- | --- | --- |
| [FIRST IDEA] | [Benefit.] | [Reason.] |
| [SECOND IDEA] | [Its benefit.] | [Its drawback.] |

### Why this one

[Why the chosen solution serves the customer best, and what it asks of us.]
`;

export const refine = `## Refine: stage notes

| Review | Who read it | What they asked | What changed |
| --- | --- | --- | --- |
| [REVIEW DATE] | [READERS] | [Their hardest question.] | [What we rewrote.] |
`;

export const testAndIterate = `## Test & Iterate: stage notes

### The prototype

[What we will put in front of customers first, to whom, and for how long.]

### What we will measure

| Metric | Type | Target | By |
| --- | --- | --- | --- |
| [METRIC] | {Input|Output} | [TARGET] | [BY DATE] |

### What success looks like

[What customers do differently when it works.]

### Unintended effects to watch

[What could go wrong for customers or for us, and the signal that would show it.]
`;

/** A stage document has no PR/FAQ parts yet; this tells the checks so, and the writer what comes next. */
export const stageDocumentNote = `<!-- Stage notes come before the press release, which you write in the Refine stage.
     Delete the next line when you start it: until then the checks do not ask for the PR/FAQ parts. -->
<!-- prfaq-disable missing-press-release missing-section -->
`;
