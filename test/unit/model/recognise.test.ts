import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { audienceOf, headingName } from '../../../core/src/model/heading-names';
import { runRules } from '../../../core/src/index';

const kinds = (text: string, options = {}) => buildModel(text, options).sections.map((section) => section.kind);
const pressRelease = '## Press Release\n\nSEATTLE, WA — June 1, 2027 — Tally today launched a counter.\n\n';

describe('heading names', () => {
  it('names the parts in the words real documents use, in several languages', () => {
    const role = (text: string) => headingName(text)?.role;
    assert.equal(role('PRESS RELEASE'), 'press-release');
    assert.equal(role('Part 1 — Press Release'), 'press-release');
    assert.equal(role('Future Intended Press Release'), 'press-release');
    assert.equal(role('Product Announcement'), 'press-release');
    assert.equal(role('Pressemitteilung'), 'press-release');
    assert.equal(role('プレスリリース'), 'press-release');
    assert.equal(role('보도자료'), 'press-release');
    assert.equal(role('Пресс-релиз'), 'press-release');
    assert.equal(role('External FAQ (Customer / Adopter)'), 'customer-faq');
    assert.equal(role('Internal FAQ (Technical / Stakeholder)'), 'internal-faq');
    assert.equal(role('よくある質問（社内向け）'), 'internal-faq');
    assert.equal(role('よくある質問（利用者向け）'), 'customer-faq');
    assert.equal(role('Frequently Asked Questions (FAQ)'), 'faq');
    assert.equal(role('FAQs 💬'), 'faq');
    assert.equal(role('Working Backwards'), 'prfaq');
    assert.equal(role('Kith — PR/FAQ'), 'prfaq');
    assert.equal(role('NEP - Press Release / FAQ'), 'prfaq');
    assert.equal(role('Vision')?.toString(), 'press-release');
    assert.equal(headingName('Vision')?.weak, true, '"Vision" needs its content to agree');
  });

  it('leaves headings that name no part alone', () => {
    for (const text of ['Open questions', 'Internal architecture', 'Background', 'Questions for reviewers', 'How it works']) assert.equal(headingName(text), undefined, text);
  });

  it('reads an audience-only sub-heading under a FAQ', () => {
    assert.equal(audienceOf('Skeptics / Stakeholders'), 'internal-faq');
    assert.equal(audienceOf('Customers'), 'customer-faq');
    assert.equal(audienceOf('General'), undefined);
  });

  it('takes the writer\'s own names first, ignoring case, numbering and emphasis', () => {
    const text = `${pressRelease}## 2. **Fragen aus dem Vorstand**\n\n### Was kostet es?\n\n4 Euro.\n`;
    assert.deepEqual(kinds(text), ['press-release', 'other']);
    assert.deepEqual(kinds(text, { sections: { 'internal-faq': ['fragen aus dem vorstand'] } }), ['press-release', 'internal-faq']);
  });
});

describe('recognition', () => {
  it('takes a title that reads as a sentence for the headline, and a short one for the title', () => {
    const headline = buildModel('# Tally counts the people in your shop\n\n*Shop owners know their busy hours.*\n\nSEATTLE, WA — June 1, 2027 — Tally today launched.\n\n## FAQ\n\n### Price?\n\n$5.\n');
    assert.equal(headline.pressRelease?.headline?.text, 'Tally counts the people in your shop');
    assert.equal(headline.pressRelease?.subheading?.text, 'Shop owners know their busy hours.');
    assert.equal(headline.title, undefined);
    const title = buildModel('# Tally\n\n**Tally counts the people in your shop**\n\n*Shop owners know their busy hours.*\n\nSEATTLE, WA — June 1, 2027 — Tally today launched.\n\n## FAQ\n\n### Price?\n\n$5.\n');
    assert.equal(title.title?.text, 'Tally');
    assert.equal(title.pressRelease?.headline?.text, 'Tally counts the people in your shop');
  });

  it('says why and how sure for each part', () => {
    const model = buildModel(`# Tally — PR/FAQ\n\nFOR IMMEDIATE RELEASE\n\nTally counts the people in your shop\n\nTally today launched a counter.\n\n## Frequently Asked Questions\n\n### Customers\n\n**Q: Price?**\n\n$5.\n\n### Skeptics / Stakeholders\n\n**Q: Margin?**\n\n40%.\n`);
    assert.deepEqual(model.sections.map((section) => [section.kind, section.recognition.by, section.recognition.sure]), [
      ['press-release', 'heading', true],
      ['other', 'heading', true],
      ['customer-faq', 'heading', true],
      ['internal-faq', 'heading', true],
    ]);
    assert.match(model.sections[0]!.recognition.reason, /the heading "Tally — PR\/FAQ" holds the press release \(a "FOR IMMEDIATE RELEASE" line, an announcement/);
    assert.match(model.sections[3]!.recognition.reason, /"Skeptics \/ Stakeholders" under "Frequently Asked Questions" names the internal FAQ/);
    assert.equal(model.pressRelease?.headline?.text, 'Tally counts the people in your shop');
    assert.equal(model.recognition.confidence, 'clear');
  });

  it('keeps topic groups in their FAQ and reads one unsplit FAQ as both', () => {
    const model = buildModel(`${pressRelease}## FAQ\n\n### General\n\n**Q: What is it?**\n\nA counter.\n\n### Privacy & Security\n\n**Q: Does it film?**\nA: No.\n`);
    assert.deepEqual(model.customerFaq?.items.map((item) => [item.question.text, item.answer?.text]), [
      ['What is it?', 'A counter.'],
      ['Does it film?', 'No.'],
    ]);
    assert.equal(model.sections[1]?.combined, true);
    assert.deepEqual(runRules(model).filter((finding) => finding.ruleId === 'missing-section').map((finding) => finding.message.slice(0, 30)), ['No Success Metrics section fou']);
  });

  it('puts a question heading that slipped a level back into the FAQ before it', () => {
    const model = buildModel(`${pressRelease}## Internal FAQ\n\n### Cost?\n\n$3.\n\n# What about risk?\n\nLow.\n`);
    assert.deepEqual(model.internalFaq?.items.map((item) => item.question.text), ['Cost?', 'What about risk?']);
  });

  it('counts a code block as an answer', () => {
    const model = buildModel(`${pressRelease}## FAQ\n\n**Q: How do I run it?**\n\n\`\`\`bash\ntally scan\n\`\`\`\n`);
    assert.equal(model.customerFaq?.items[0]?.answer?.text, 'tally scan');
  });

  it('does not ask for success metrics that the internal FAQ answers', () => {
    const text = `${pressRelease}## Customer FAQ\n\n### Price?\n\n$5.\n\n## Internal FAQ\n\n### How will we measure success?\n\n500 shops by June.\n`;
    assert.deepEqual(runRules(buildModel(text)).filter((finding) => finding.ruleId === 'missing-section'), []);
  });

  it('is not sure of a document that holds only a FAQ, and says so once instead of raising errors', () => {
    const model = buildModel('# Notes\n\n## FAQ\n\n### Price?\n\n$5.\n');
    assert.equal(model.recognition.confidence, 'partial');
    assert.deepEqual(runRules(model).map((finding) => [finding.ruleId, finding.severity]), [['parts-not-recognised', 'information']]);
  });
});
