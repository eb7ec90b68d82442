// Where the writing rules look, and what they leave alone: patterns that were
// false findings on public PR/FAQs, each beside a true finding that stays.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { runRules } from '../../../core/src/index';

const findings = (text: string, rule: string) =>
  runRules(buildModel(text))
    .filter((finding) => finding.ruleId === rule)
    .map((finding) => finding.message.slice(0, 24));

const document = (pressRelease: string, customer = 'Yes.', internal = 'About 4,000 shops.') =>
  `## Press Release\n\n### Tally counts the shoppers in your store\n\nPORTLAND, OR — June 1, 2027 — Tally today launched a people counter for small shops.\n\n${pressRelease}\n\n## Customer FAQ\n\n### Does it work offline?\n\n${customer}\n\n## Internal FAQ\n\n### How many shops could use it?\n\n${internal}\n`;

describe('undefined-acronym, where customers read', () => {
  it('leaves terms every technical reader knows, identifiers, file names, placeholders and "VS Code" alone', () => {
    const text = document('The CLI writes JSON over REST to the UI, and a VS Code extension reads PLAN.md and HDF5_PLUGIN_PATH from [CUSTOMER NAME].');
    assert.deepEqual(findings(text, 'undefined-acronym'), []);
  });

  it('still asks for an acronym nobody defined in the press release and the customer FAQ', () => {
    const text = document('Every shop gets a POS link on day one.', 'It keeps a WAL on the device until the network is back.');
    assert.deepEqual(findings(text, 'undefined-acronym'), ['"POS" is never defined: ', '"WAL" is never defined: ']);
  });

  it('leaves the internal FAQ to the team, who know its terms', () => {
    assert.deepEqual(findings(document('Shops see their busiest hours.', 'Yes.', 'Each unit ships with a BMS from our supplier.'), 'undefined-acronym'), []);
  });
});

describe('claim-without-data, where claims are made', () => {
  it('asks the press release for the figure behind a claim', () => {
    assert.deepEqual(findings(document('Counting is faster and easier with Tally.'), 'claim-without-data'), ['"faster" and "easier" cl']);
  });

  it('leaves descriptions in the internal FAQ alone', () => {
    assert.deepEqual(findings(document('Shops see their busiest hours.', 'Yes.', 'The second version is more flexible for us to deploy.'), 'claim-without-data'), []);
  });
});

describe('long-sentence, with room for answers', () => {
  const words = (count: number) => `${Array.from({ length: count - 1 }, (_, index) => `word${index}`).join(' ')} end.`;
  it('holds the press release to 30 words and the FAQs to 40', () => {
    assert.equal(findings(document(words(34)), 'long-sentence').length, 1);
    assert.equal(findings(document('Shops see their busiest hours.', words(34)), 'long-sentence').length, 0);
    assert.equal(findings(document('Shops see their busiest hours.', words(44)), 'long-sentence').length, 1);
  });

  it('lets a sentence a word or two over the limit through, and reads clauses joined by semicolons one by one', () => {
    assert.equal(findings(document(words(32)), 'long-sentence').length, 0, 'two words over');
    assert.equal(findings(document(words(33)), 'long-sentence').length, 1, 'three words over');
    const clauses = `${words(20).replace(/ end\.$/, '')}; ${words(20)}`;
    assert.equal(findings(document(clauses), 'long-sentence').length, 0);
  });

  it('lets a short lead-in and a list of short steps after a colon through, not a long lead-in', () => {
    const steps = 'Getting started takes four steps: plug the counter into a socket by the door, scan the code on its back with your phone, name the shop and its opening hours, and watch the first visitors appear.';
    assert.equal(findings(document(steps), 'long-sentence').length, 0);
    const lead = 'Tally today launched a people counter that small shops fix above the door and that turns every visitor into a number their owners can plan their week around each morning: staff, stock, or hours.';
    assert.equal(findings(document(lead), 'long-sentence').length, 1);
  });
});

describe('call-to-action-one-sentence', () => {
  it('lets availability and where to go stand as two short sentences, not prices and conditions', () => {
    const base = 'Shops see their busiest hours.\n\n"We planned our staff around real numbers for the first time," said Ana Ruiz, owner of Ruiz Bakery in Salem.';
    assert.deepEqual(findings(document(`${base}\n\nTally is available today. Order one at tally.example.`), 'call-to-action-one-sentence'), []);
    assert.equal(findings(document(`${base}\n\nTally is available today. Plans start at $9 a month before June.`), 'call-to-action-one-sentence').length, 1);
  });

  it('leaves a closing paragraph alone that only its place makes the call to action', () => {
    // On real documents such a paragraph was a scope or privacy note as often as not.
    const scopeNote = 'The first version counts one door. Shops with two doors get a second sensor later this year. Data stays on the device.';
    const base = 'Shops see their busiest hours.\n\n"We planned our staff around real numbers for the first time," said Ana Ruiz, owner of Ruiz Bakery in Salem.';
    assert.deepEqual(findings(document(`${base}\n\n${scopeNote}`), 'call-to-action-one-sentence'), []);
    assert.equal(findings(document(`${base}\n\n#### Call to action\n\n${scopeNote}`), 'call-to-action-one-sentence').length, 1);
  });
});
