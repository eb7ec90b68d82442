import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';

const pressRelease = (body: string) => buildModel(`## Press Release\n\n${body}`).pressRelease!;
const line = (span: { range: { start: { line: number } } } | undefined) => (span ? span.range.start.line + 1 : undefined);

const plainParagraphs = `### Tally counts a café's stock before the morning rush

*Café owners get a restock list on their phone by 6 a.m., without counting shelves.*

SEATTLE, WA — May 4, 2027 — Tally Systems today launched Tally, a shelf camera that counts milk, beans and cups overnight.

Owners of small cafés count stock by hand after closing. In our survey of 90 owners, counting took 40 minutes a night.

Tally photographs each shelf at 3 a.m. and compares the counts with the week's sales.

"Owners should close up and go home," said Mara Lind, Chief Executive Officer of Tally Systems.

To get started, an owner mounts the camera above the shelves and scans a code with their phone.

"I got my evenings back in the first week," said Joe Park, owner of Bean There in Tacoma.

Order Tally at tally.example for $19 a month.
`;

describe('press release recognition', () => {
  it('finds every part of an unlabelled press release by content and position', () => {
    const pr = pressRelease(plainParagraphs);
    assert.equal(pr.headline?.text, "Tally counts a café's stock before the morning rush");
    assert.equal(pr.headline?.recognisedBy, 'heading');
    assert.match(pr.subheading!.text, /^Café owners get a restock list/);
    assert.equal(pr.subheading?.recognisedBy, 'position');
    assert.deepEqual([line(pr.summary), line(pr.problem), line(pr.solution), line(pr.gettingStarted), line(pr.callToAction)], [7, 9, 11, 15, 19]);
    assert.deepEqual(pr.quotes.map((quote) => [quote.role, quote.speaker?.name, line(quote)]), [
      ['leader', 'Mara Lind', 13],
      ['customer', 'Joe Park', 17],
    ]);
    assert.equal(pr.quotes[0]!.speaker!.title, 'Chief Executive Officer of Tally Systems');
  });

  it('reads the dateline: city, date, and a placeholder date', () => {
    assert.deepEqual(
      (({ city, date, dateIsPlaceholder }) => ({ city, date, dateIsPlaceholder }))(pressRelease(plainParagraphs).dateline!),
      { city: 'SEATTLE, WA', date: 'May 4, 2027', dateIsPlaceholder: false },
    );
    const placeholder = pressRelease('### Headline text for the product launch\n\nSEATTLE, WA — [LAUNCH DATE] — Tally launches.\n').dateline!;
    assert.equal(placeholder.date, '[LAUNCH DATE]');
    assert.equal(placeholder.dateIsPlaceholder, true);
    for (const opening of ['LONDON — 3 March 2027 —', 'New York, NY – 2027-03-03 –', 'AUSTIN, TX (BUSINESS WIRE) — March 3, 2027 —', '**SEATTLE — June 1, 2027** —']) {
      assert.ok(pressRelease(`### A headline for the launch\n\n${opening} Text.\n`).dateline, opening);
    }
  });

  it('takes labels from headings and bold run-in labels over position', () => {
    const pr = pressRelease(
      [
        '**Headline:** Ledgerline closes the books in one afternoon',
        '**Subheading:** Bookkeepers reconcile every account in one pass.',
        '**The solution.** Ledgerline matches each bank line to its invoice.',
        '**The problem.** Bookkeepers spend 3 days a month matching lines.',
        '#### Call to action',
        'Start a trial at ledgerline.example.',
      ].join('\n\n'),
    );
    assert.equal(pr.headline?.text, 'Ledgerline closes the books in one afternoon');
    assert.equal(pr.headline?.recognisedBy, 'label');
    assert.equal(pr.problem?.text, 'Bookkeepers spend 3 days a month matching lines.');
    assert.equal(pr.solution?.text, 'Ledgerline matches each bank line to its invoice.');
    assert.equal(pr.callToAction?.recognisedBy, 'heading');
    assert.equal(line(pr.callToAction), 13);
  });

  it('reads blockquoted quotes with a "— Name, Title" line', () => {
    const pr = pressRelease(
      '### Permits in a week\n\n#### Residents apply online.\n\nDENVER, CO — May 1, 2027 — The city launched PermitNow.\n\n> “Residents should not take a day off work to ask for a permit.”\n> — Ana Ruiz, Director of Permits, City of Denver\n\n> “I got my deck permit in six days.”\n> — Sam Cole, a homeowner in Park Hill\n',
    );
    assert.deepEqual(pr.quotes.map((quote) => [quote.role, quote.speaker?.name]), [
      ['leader', 'Ana Ruiz'],
      ['customer', 'Sam Cole'],
    ]);
  });

  it('keeps a quotation with no named speaker, without a speaker', () => {
    const pr = pressRelease('### Tally counts stock overnight\n\nSEATTLE, WA — May 4, 2027 — Tally launched.\n\n"This changes everything for our owners and their evenings," said a spokesperson.\n');
    assert.equal(pr.quotes.length, 1);
    assert.equal(pr.quotes[0]!.speaker, undefined);
  });

  it('finds a press release written under the title with no heading of its own', () => {
    const model = buildModel('# Stroll plans walks around rain\n\nLISBON — June 3, 2027 — Stroll launched.\n\n## Customer FAQ\n\n### Is it free?\n\nYes.\n');
    assert.equal(model.sections[0]!.kind, 'press-release');
    assert.equal(model.sections[0]!.depth, 0);
    assert.equal(model.pressRelease?.dateline?.city, 'LISBON');
  });

  it('counts the press release words', () => {
    assert.equal(pressRelease('One two three.\n').wordCount, 5, 'two heading words and three body words');
  });
});
