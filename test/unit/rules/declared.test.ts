// The writer's word counts: a file named *.prfaq.md with an FAQ or metrics is
// a PR/FAQ, so the announcement found in it is its press release, and its
// missing parts are reported as a PR/FAQ's. Without that name, a press
// release found by its content alone leaves prfaq "not sure".
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument, defaultLintConfig, isDeclaredPrfaq } from '../../../core/src/index';

/** An announcement with no "Press Release" heading, no dateline and no quote, then an FAQ. */
const announcementAndFaq = `# Tidewatch shows skippers the next free berth before they reach the harbour

Harbour Tools today launched Tidewatch, which tells small harbour offices which berths free up in the next six hours, so skippers stop circling the bay.

Harbour offices told us they answer forty radio calls a day about free berths. Tidewatch reads the tide tables and the booking sheet and posts the next free berths to a page skippers can open on their phones.

## FAQ

### How much does Tidewatch cost?

Tidewatch costs 30 euros a month per harbour office.
`;

const reported = (name: string, text = announcementAndFaq) =>
  checkDocument(text, defaultLintConfig, { name })
    .findings.filter((finding) => finding.severity !== 'hint')
    .map((finding) => `${finding.severity} ${finding.ruleId}`);

describe('a *.prfaq.md file is a PR/FAQ by the writer\'s word', () => {
  it('knows the name in any case and path, and nothing else', () => {
    for (const name of ['launch.prfaq.md', 'docs/Launch.PRFAQ.md', 'file:///work/ideas/tide.prfaq.md']) assert.equal(isDeclaredPrfaq(name), true, name);
    for (const name of ['launch.md', 'prfaq.md', 'PRFAQ.md', 'launch.prfaq.md.bak', undefined]) assert.equal(isDeclaredPrfaq(name), false, String(name));
  });

  it('reports the missing parts of an announcement with an FAQ in a *.prfaq.md', () => {
    // missing-customer-quote and missing-getting-started report as hints: reviewers agree with them too seldom (rules/agreement.ts).
    assert.deepEqual(reported('tidewatch.prfaq.md'), [
      'warning missing-subheading',
      'warning missing-dateline',
      'warning missing-leader-quote',
      'warning missing-call-to-action',
      'warning missing-section',
    ]);
    const { parsed } = checkDocument(announcementAndFaq, defaultLintConfig, { name: 'tidewatch.prfaq.md' });
    assert.match(parsed.model.recognition.reasons.join('; '), /the file is named \*\.prfaq\.md and has Customer FAQ/);
  });

  it('stays "not sure" about the same text in another markdown file', () => {
    assert.deepEqual(reported('notes.md'), ['information parts-not-recognised']);
  });

  it('does not call a press release missing on the name alone: an FAQ without an announcement stays as it was', () => {
    const faqOnly = announcementAndFaq.slice(announcementAndFaq.indexOf('## FAQ'));
    assert.deepEqual(reported('tidewatch.prfaq.md', faqOnly), reported('notes.md', faqOnly));
  });
});
