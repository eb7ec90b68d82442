// Patterns from public PR/FAQs that the model misread, each written in our own
// words, beside the ordinary case it must still read the same way.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { headingName } from '../../../core/src/model/heading-names';
import { partOfLabel } from '../../../core/src/model/part-labels';
import { hasNumber } from '../../../core/src/model/words';
import { runRules } from '../../../core/src/index';

const pressRelease = (body: string) => buildModel(`## Press Release\n\n### Tally counts the shoppers in your store\n\n${body}\n`).pressRelease!;
const line = (span: { range: { start: { line: number } } } | undefined) => (span ? span.range.start.line + 1 : undefined);

describe('quotations as real press releases write them', () => {
  it('takes one name after the verb as the speaker, and a surname said again as the same person', () => {
    const pr = pressRelease(
      'PORTLAND, OR — June 1, 2027 — Tally launched.\n\n"We built the counter we wanted in our own shop," said Maz, principal architect.\n\n"It took a weekend to wire up the first door," added Lind.\n\n"Numbers beat hunches when you plan a week," said Mara Lind, CEO of Tally.\n\n"Our Saturday queue is gone," added Lind.',
    );
    assert.deepEqual(pr.quotes.map((quote) => [quote.speaker?.name, quote.role]), [
      ['Maz', 'leader'],
      ['Lind', 'customer'],
      ['Mara Lind', 'leader'],
      ['Lind', 'leader'],
    ]);
  });

  it('does not take quotation marks around examples or labels in a sentence for a quotation', () => {
    const pr = pressRelease('PORTLAND, OR — June 1, 2027 — Tally launched.\n\nOwners ask it questions like "Which hour had the most visitors last week?" and tap the "Did we get this right?" card.');
    assert.equal(pr.quotes.length, 0);
  });

  it('reads a speaker described instead of named for the role the words give', () => {
    const pr = pressRelease('PORTLAND, OR — June 1, 2027 — Tally launched.\n\n"The thing I kept losing was the count from the day before," said the first user.');
    assert.equal(pr.quotes[0]?.speaker, undefined);
    assert.equal(pr.quotes[0]?.role, 'customer');
  });
});

describe('labels and headings', () => {
  it('names press-release parts in Korean labels, with a number after them', () => {
    assert.equal(partOfLabel('부제목'), 'subheading');
    assert.equal(partOfLabel('오프닝 문단'), 'summary');
    assert.equal(partOfLabel('고객 인용문 1'), 'customer-quote');
    assert.equal(partOfLabel('CEO 인용문'), 'leader-quote');
    assert.equal(partOfLabel('Customer quote 2'), 'customer-quote');
    assert.equal(partOfLabel('Customer Testimonies'), 'customer-quote');
    assert.equal(partOfLabel('Founder quote'), 'leader-quote');
  });

  it('lets a bold label on its own line, or a bold "The Problem: …" line, label the paragraph below it', () => {
    const pr = pressRelease('PORTLAND, OR — June 1, 2027 — Tally launched.\n\n**The Problem: Owners Guess Their Busy Hours**\n\nOwners lose $200 a week to idle staff.\n\n**Customer quote:**\n\n> "I moved one shift and saved $300," said Joe Park, owner of Bean There in Tacoma.');
    assert.equal(pr.problem?.text, 'Owners lose $200 a week to idle staff.');
    assert.deepEqual(pr.quotes.map((quote) => [quote.role, line(quote)]), [['customer', 13]]);
  });

  it('keeps a quotation below a call to action a quotation', () => {
    const pr = pressRelease('PORTLAND, OR — June 1, 2027 — Tally launched.\n\n**Call to Action**\n\nOrder at tally.example.\n\n"Every shop deserves to know its busy hours," said [SPOKESPERSON NAME], [TITLE] at Tally.');
    assert.equal(pr.callToAction?.text, 'Order at tally.example.');
    assert.equal(pr.quotes[0]?.role, 'leader');
  });

  it('reads a headline as long as a sentence as a headline, even when it says "metrics"', () => {
    assert.equal(headingName('Tally Launches a Counter That Ends the Guesswork in Store Metrics for Small Shops'), undefined);
    assert.equal(headingName('Success Metrics')?.role, 'success-metrics');
    assert.equal(headingName('Press Release: Tally Ends the Guesswork in Store Staffing for Small Shops Everywhere')?.role, 'press-release');
  });

  it('takes "PR/FAQ" for a container only as the heading\'s name, not as a word in passing', () => {
    assert.equal(headingName('Tally — PRFAQ v0.8')?.role, 'prfaq');
    assert.equal(headingName('The Workshop — PRFAQ (working name)')?.role, 'prfaq');
    assert.equal(headingName('Held-out PR/FAQ examples and their sources'), undefined);
    assert.equal(headingName('Open questions this PRFAQ surfaces'), undefined);
  });

  it('takes the title for the headline when only "FOR IMMEDIATE RELEASE" stands between it and the summary', () => {
    const model = buildModel('# Tally Counts the Shoppers in Your Store\n\n**For immediate release**\n\nToday we are announcing Tally, a people counter for small shops.\n\n## FAQ\n\n### Is it free?\n\nYes.\n');
    assert.equal(model.pressRelease?.headline?.text, 'Tally Counts the Shoppers in Your Store');
    const worldwide = buildModel('## Press Release\n\n**FOR WORLDWIDE RELEASE WHEN IT SHIPS**\n\n### Tally counts the shoppers in your store\n\nTally launched.\n');
    assert.equal(worldwide.pressRelease?.headline?.text, 'Tally counts the shoppers in your store');
  });

  it('takes a date under a "Date" heading for the dateline', () => {
    const pr = pressRelease('#### Date\n\nOctober 2, 2027\n\n#### Summary\n\nTally launched a people counter.');
    assert.equal(pr.dateline?.date, 'October 2, 2027');
    assert.equal(pr.dateline?.city, '');
  });
});

describe('figures and placeholders', () => {
  it('counts figures written in Korean and Japanese words as data', () => {
    assert.ok(hasNumber('GPU는 시간당 수만 원이다'));
    assert.ok(hasNumber('가족의 절반이 한 달에 두 번 겹쳐 산다'));
    assert.ok(hasNumber('数百件の問い合わせ'));
    assert.ok(!hasNumber('가족이 함께 쓰는 목록'));
  });

  it('takes a time frame from a bold group line with a colon, and "zero" for a target', () => {
    const model = buildModel('## Success Metrics\n\n**Launch (Week 1)**:\n- 100 shops\n- Zero failed installs\n');
    assert.deepEqual(model.successMetrics?.metrics.map((metric) => [metric.target, metric.timeFrame]), [
      ['100', '(Week 1)'],
      ['Zero', '(Week 1)'],
    ]);
  });

  it('leaves a real address in brackets alone, not a placeholder address', () => {
    const model = buildModel('## Press Release\n\nVisit [tallyshop.org] or [yourproduct.com] today. Price: [PRICE].\n');
    assert.deepEqual(model.placeholders.map((placeholder) => placeholder.text), ['[yourproduct.com]', '[PRICE]']);
  });

  it('leaves bracketed buttons and variables inside a quoted message alone, not a template quote still to write', () => {
    const placeholdersOf = (text: string) => buildModel(`## FAQ\n\n${text}\n`).placeholders.map((placeholder) => placeholder.text);
    // A message the product shows, with its buttons or its variable in brackets.
    assert.deepEqual(placeholdersOf('The app asks *"Which pass? [Harbour pass] [Day ticket]"* at the gate.'), []);
    assert.deepEqual(placeholdersOf('It answers “no berths free at [harbour] tonight” and carries on.'), []);
    assert.deepEqual(placeholdersOf('"We trusted [it] from the first tide," said Ana Reis.'), [], 'an editor\'s insertion in a quote');
    // A quotation that is only the bracket is the template's quote, still to be written.
    assert.deepEqual(placeholdersOf('"[Why this matters to skippers]," said [LEADER NAME].'), ['[Why this matters to skippers]', '[LEADER NAME]']);
    // Capitals or a placeholder word keep it a placeholder inside any quotation; so does standing outside one.
    assert.deepEqual(placeholdersOf('"Thanks to [product], I found a berth in a minute," said [CUSTOMER NAME].'), ['[product]', '[CUSTOMER NAME]']);
    assert.deepEqual(placeholdersOf('"Berths for [TEAM SIZE] boats," it reads.'), ['[TEAM SIZE]']);
    assert.deepEqual(placeholdersOf('Owner: [Owning team / TPM]'), ['[Owning team / TPM]']);
  });

  it('reports an instruction in brackets that stands alone: a paragraph, a heading, a table cell, a whole quotation', () => {
    const placeholdersOf = (text: string) => buildModel(text).placeholders.map((placeholder) => placeholder.text);
    assert.deepEqual(placeholdersOf('## FAQ\n\n### How does it work?\n\n[What the skipper does, step by step.]\n'), ['[What the skipper does, step by step.]']);
    assert.deepEqual(placeholdersOf('## FAQ\n\n### [Their hardest question.]\n\nAn answer.\n'), ['[Their hardest question.]']);
    assert.deepEqual(placeholdersOf('## Success Metrics\n\n| Metric | Target |\n| --- | --- |\n| [A result skippers show, e.g. berths found] | 40% by June 2027 |\n'), ['[A result skippers show, e.g. berths found]']);
    assert.deepEqual(placeholdersOf('## Press Release\n\n"It works," said Ana Reis, CEO. "[What changes for them.]"\n'), ['[What changes for them.]']);
    // Inside a sentence of its own words, a bracket is the writer's aside, not an instruction.
    assert.deepEqual(placeholdersOf('## FAQ\n\nWe chose tides over berths [in 2026, as the pilot showed] for the first release.\n'), []);
    assert.deepEqual(placeholdersOf('## FAQ\n\n- [x] Tide tables\n- [ ] Berth map\n'), []);
  });

  it('does not also ask for data in a problem paragraph that is only the template\'s instruction', () => {
    const findings = runRules(buildModel('## Press Release\n\n### Slip Sheet finds skippers a berth\n\nPORTLAND, OR — June 1, 2027 — Harbour Co launched Slip Sheet.\n\n[The problem from the skipper\'s side, with a number.]\n'));
    assert.deepEqual(findings.filter((finding) => finding.ruleId === 'problem-without-data'), []);
    assert.ok(findings.some((finding) => finding.ruleId === 'placeholder' && finding.message.includes('[The problem from the skipper\'s side, with a number.]')));
  });
});
