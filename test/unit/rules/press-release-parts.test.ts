// The press-release part rules on layouts found in public PR/FAQs: each
// pattern that gave a false finding there, beside the true finding that stays.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { runRules } from '../../../core/src/index';

const rulesFired = (text: string) => runRules(buildModel(text)).map((finding) => finding.ruleId);
const faqs = '## Customer FAQ\n\n### Is it free?\n\nYes.\n\n## Internal FAQ\n\n### What does it cost us?\n\n$400 a month.\n\n## Success Metrics\n\n- 500 shops by June 30, 2027\n';
const quotes =
  '"Owners should plan their week on numbers, not hunches," said Mara Lind, CEO of Tally.\n\n"I moved one shift and saved $300 a month," said Joe Park, owner of Bean There in Tacoma.\n\n';
const release = (body: string) => `## Press Release\n\n### Tally counts the shoppers in your store\n\n*Small shops see their busiest hours on their phone.*\n\n${body}\n\n${faqs}`;

describe('press-release parts on real layouts', () => {
  it('reads a "Working Backwards" section made of a CHANGELOG and a README as no press release, and says so once', () => {
    const text = `# RFC 9: Dry runs\n\n## Working Backwards\n\n### CHANGELOG\n\n- feat: dry runs\n\n### README\n\nThe dry-run command prints what a deploy would change.\n\n${faqs}`;
    const findings = runRules(buildModel(text));
    assert.deepEqual(
      findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning').map((finding) => finding.ruleId),
      [],
      'no missing press release, no missing headline, quotes or dateline',
    );
    const note = findings.find((finding) => finding.ruleId === 'parts-not-recognised');
    assert.match(note?.message ?? '', /works backwards from CHANGELOG and README rather than a press release/);
    // The same section holding a press release is checked as one.
    assert.ok(rulesFired(`# RFC 9\n\n## Working Backwards\n\nSEATTLE, WA — June 1, 2027 — Tally today launched dry runs.\n\n${faqs}`).includes('missing-headline'));
  });

  it('counts a "Getting Started" part that is all commands', () => {
    const body = `PORTLAND, OR — June 1, 2027 — Tally today launched a people counter.\n\nShop owners guess their busy hours and lose $200 a week to idle staff.\n\n${quotes}#### Getting Started\n\n\`\`\`bash\nbrew install tally\ntally init\n\`\`\`\n\nTally is available today at tally.example.`;
    assert.ok(!rulesFired(release(body)).includes('missing-getting-started'));
    assert.ok(rulesFired(release(body.replace(/#### Getting Started[\s\S]*?```\n\n/, ''))).includes('missing-getting-started'));
  });

  it('takes a call to action that walks through the first steps for the getting-started paragraph too', () => {
    const body = `PORTLAND, OR — June 1, 2027 — Tally today launched a people counter.\n\nShop owners guess their busy hours and lose $200 a week to idle staff.\n\n${quotes}#### Call to action\n\nStart with the free plan at tally.example. Prerequisites: a phone and a socket by the door.`;
    assert.ok(!rulesFired(release(body)).includes('missing-getting-started'));
  });

  it('does not look for English cue words in a press release written in another language', () => {
    const german = `## Pressemitteilung\n\n### Tally zählt die Kunden in Ihrem Laden\n\n*Kleine Läden sehen ihre vollen Stunden auf dem Handy.*\n\nBERLIN — 1. Juni 2027 — Tally bringt heute einen Besucherzähler für kleine Läden heraus. Ladenbesitzer schätzen ihre Stoßzeiten und verlieren jede Woche Geld mit Personal, das wartet.\n\n„Ladenbesitzer sollen ihre Woche mit Zahlen planen, nicht mit Gefühl“, sagte Mara Lind, Geschäftsführerin von Tally.\n\nDas Gerät wird über der Tür angebracht und verbindet sich selbst mit dem Handy des Besitzers.\n\n${faqs}`;
    const fired = rulesFired(german);
    assert.ok(!fired.includes('missing-getting-started') && !fired.includes('missing-call-to-action'), fired.join(', '));
    assert.ok(fired.includes('missing-customer-quote'), 'quotes are found by their marks, in any language');
  });

  it('takes a launch date with no city for the dateline', () => {
    const body = (opening: string) => `${opening} Tally today launched a people counter.\n\nShop owners lose $200 a week to idle staff.\n\n${quotes}To get started, fix it above the door.\n\nOrder at tally.example.`;
    for (const opening of ['**July 2027** —', 'Q3 2027 —']) assert.ok(!rulesFired(release(body(opening))).includes('missing-dateline'), opening);
    assert.ok(rulesFired(release(body(''))).includes('missing-dateline'));
  });

  it('asks a problem for data only where the paragraph reads as a problem', () => {
    const body = (second: string) => `PORTLAND, OR — June 1, 2027 — Tally today launched a people counter.\n\n${second}\n\n${quotes}To get started, fix it above the door.\n\nOrder at tally.example.`;
    assert.ok(!rulesFired(release(body('It takes the opening hours as an input, so it suits any shop.'))).includes('problem-without-data'), 'a feature note in the problem’s place');
    assert.ok(rulesFired(release(body('Shop owners struggle to staff the busy hours and lose sales when the queue is long.'))).includes('problem-without-data'));
  });
});
