import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';

const faqOf = (body: string) => buildModel(`## Customer FAQ\n\n${body}`).customerFaq!;
const summary = (body: string) => faqOf(body).items.map((item) => [item.style, item.number ?? '', item.question.text, item.answer?.text ?? null]);

describe('FAQ recognition', () => {
  it('reads questions written as headings, with numbers and multi-paragraph answers', () => {
    assert.deepEqual(summary('### 1. How much does it cost?\n\n$19 a month.\n\nNo contract.\n\n### Q2. Where can I buy it?\n\nOnline.\n'), [
      ['heading', '1', 'How much does it cost?', '$19 a month.\n\nNo contract.'],
      ['heading', 'Q2', 'Where can I buy it?', 'Online.'],
    ]);
  });

  it('reads Q:/A: pairs, bold or plain, in one paragraph or two', () => {
    assert.deepEqual(summary('**Q:** Is there a free trial?\n\n**A:** Yes, 30 days.\n\nQ: Can I cancel?\nA: Any time.\n'), [
      ['qa', '', 'Is there a free trial?', 'Yes, 30 days.'],
      ['qa', '', 'Can I cancel?', 'Any time.'],
    ]);
  });

  it('reads bold question lines with their numbering, and an answer in the same paragraph', () => {
    assert.deepEqual(summary('**C1. Which sources are supported?**\n\nCSV and JSON.\n\n**C2. Is it secure?** Yes: data is encrypted.\n'), [
      ['bold', 'C1', 'Which sources are supported?', 'CSV and JSON.'],
      ['bold', 'C2', 'Is it secure?', 'Yes: data is encrypted.'],
    ]);
  });

  it('treats a heading over deeper questions as a group, not a question', () => {
    assert.deepEqual(summary('### Pricing\n\n#### How much is it?\n\n$5.\n'), [['heading', '', 'How much is it?', '$5.']]);
  });

  it('keeps a question with nothing under it, without an answer', () => {
    assert.deepEqual(summary('### Is it waterproof?\n\n### Does it float?\n\nNo.\n'), [
      ['heading', '', 'Is it waterproof?', null],
      ['heading', '', 'Does it float?', 'No.'],
    ]);
  });

  it('gives each item a range from its question to the end of its answer', () => {
    const [item] = faqOf('### How much does it cost?\n\n$19 a month.\n').items;
    assert.deepEqual(item!.range, { start: { line: 2, character: 0 }, end: { line: 4, character: 12 } });
    assert.deepEqual(item!.question.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 26 } });
  });
});
