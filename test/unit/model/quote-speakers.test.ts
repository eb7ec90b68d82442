// Who speaks a quotation, found where writers put it: in its own paragraph,
// on the line after it, or in a short label above it.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument, defaultLintConfig, type LintConfig } from '../../../core/src/index';

/** The rule at its own severity: by default reviewers' low agreement makes it a hint (rules/agreement.ts). */
const asWarning: LintConfig = { ...defaultLintConfig, rules: { 'quote-without-speaker': 'warning' } };

/** A press release whose quote is written as `quote`. */
const withQuote = (quote: string) => `## Press Release

### Tidewatch shows skippers the next free berth before they reach the harbour

KIEL, Germany — March 3, 2027 — Harbour Tools today launched Tidewatch, which tells small harbour offices which berths free up in the next six hours.

Harbour offices told us they answer forty radio calls a day about free berths. Tidewatch posts the next free berths to a page skippers open on their phones.

${quote}
`;

function quotes(quote: string) {
  const { parsed, findings } = checkDocument(withQuote(quote), asWarning, { name: 'tide.prfaq.md' });
  const ownFindings = findings.filter((finding) => finding.ruleId === 'quote-without-speaker').map((finding) => finding.severity);
  return { quotes: parsed.model.pressRelease!.quotes.map((quote) => quote.speaker?.name ?? (quote.saidBy ? `described: ${quote.saidBy}` : 'nobody')), findings: ownFindings };
}

describe('the speaker of a quotation', () => {
  it('is found on the line after it, after a long dash', () => {
    const found = quotes('> "I stopped circling the bay the first weekend I used it, and so did everyone on my pontoon."\n>\n> — Lars Petersen, skipper in Kappeln');
    assert.deepEqual(found, { quotes: ['Lars Petersen'], findings: [] });
  });

  it('may be a role alone after the dash, as reviewers accept', () => {
    const found = quotes('"The radio is quiet for the first time in years, and the office answers the phone again instead."\n\n*— Harbour master, Eckernförde*');
    assert.deepEqual(found.quotes, ['Harbour master']);
  });

  it('is described by a short bold line above it', () => {
    const found = quotes('**A skipper who sails out of Kappeln every weekend**\n\n"I stopped circling the bay the first weekend I used it, and so did everyone on my pontoon."');
    assert.deepEqual(found, { quotes: ['described: A skipper who sails out of Kappeln every weekend'], findings: ['information'] });
  });

  it('described in another language after a verb of saying, "diz o mestre do porto"', () => {
    const found = quotes('"Eu parei de dar voltas na baía no primeiro fim de semana em que usei o Tidewatch," diz o mestre do porto.');
    assert.deepEqual(found, { quotes: ['described: o mestre do porto'], findings: ['information'] });
  });

  it('is nobody when it is "a spokesperson", and that is a warning', () => {
    const found = quotes('"Skippers will wonder how they ever found a berth without it, and so will harbour offices," said a company spokesperson.');
    assert.deepEqual(found, { quotes: ['described: a company spokesperson'], findings: ['warning'] });
  });

  it('is nobody when nothing around the quotation says who, and that is a warning', () => {
    const found = quotes('"I stopped circling the bay the first weekend I used it, and so did everyone on my pontoon."');
    assert.deepEqual(found, { quotes: ['nobody'], findings: ['warning'] });
  });
});

describe('testimonials in a part of their own', () => {
  it('are the press release\'s customer quotes, signed by the one-item list that closes each', () => {
    const markdown = `${withQuote('Tidewatch is free for the first season.')}
## Customer FAQ

### How much does it cost?

30 euros a month.

## Customer Testimonials

> I stopped circling the bay the first weekend I used it, and so did everyone on my pontoon.
> - Weekend skipper in Kappeln

*"The office answers the phone again instead of the radio, and the skippers are happier for it,"* said Jana Weber, harbour master in Kiel.
`;
    const { parsed, findings } = checkDocument(markdown, asWarning, { name: 'tide.prfaq.md' });
    const quotes = parsed.model.pressRelease!.quotes.map((quote) => `${quote.role}: ${quote.speaker?.name ?? quote.saidBy}`);
    assert.deepEqual(quotes, ['customer: Weekend skipper in Kappeln', 'customer: Jana Weber']);
    assert.ok(!findings.some((finding) => finding.ruleId === 'missing-customer-quote'), 'the customer quote is there, after the FAQ');
  });
});

describe('a rule reviewers too often disagree with', () => {
  it('reports as a hint that says how often reviewers agreed, unless the writer asks for it', () => {
    const text = withQuote('"I stopped circling the bay the first weekend I used it, and so did everyone on my pontoon."');
    const byDefault = checkDocument(text, defaultLintConfig, { name: 'tide.prfaq.md' }).findings.find((finding) => finding.ruleId === 'quote-without-speaker');
    assert.equal(byDefault?.severity, 'hint');
    assert.deepEqual(byDefault?.quietedByEvidence, { agreed: 7, judged: 27 });
    const asked = checkDocument(text, asWarning, { name: 'tide.prfaq.md' }).findings.find((finding) => finding.ruleId === 'quote-without-speaker');
    assert.equal(asked?.severity, 'warning');
    assert.equal(asked?.quietedByEvidence, undefined);
  });
});
