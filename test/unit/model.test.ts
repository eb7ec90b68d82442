import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../core/src/model/build';

describe('buildModel', () => {
  it('finds the PR/FAQ parts by their headings, under a document title', () => {
    const model = buildModel(['# Tally', '', '## Press Release', '', 'Text.', '', '## Customer FAQ', '', '## Internal FAQ', '', '## Success Metrics', ''].join('\n'));
    assert.deepEqual(
      model.sections.map((section) => [section.kind, section.title]),
      [
        ['press-release', 'Press Release'],
        ['customer-faq', 'Customer FAQ'],
        ['internal-faq', 'Internal FAQ'],
        ['success-metrics', 'Success Metrics'],
      ],
    );
  });

  it('recognises common synonyms for the parts', () => {
    const titles = ['Part 1 — Press Release', 'External FAQ', 'Stakeholder FAQs', 'Public FAQ', 'Customer / External FAQs', 'Metrics'];
    const model = buildModel(titles.map((title) => `## ${title}\n\ntext\n`).join('\n'));
    assert.deepEqual(
      model.sections.map((section) => section.kind),
      ['press-release', 'customer-faq', 'internal-faq', 'customer-faq', 'customer-faq', 'success-metrics'],
    );
  });

  it('gives each part the range from its heading to the line before the next part', () => {
    const model = buildModel('## Press Release\n\nOne.\n\nTwo.\n\n## Customer FAQ\n\nThree.\n');
    assert.deepEqual(model.sections[0]!.headingRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 16 } });
    assert.deepEqual(model.sections[0]!.range, { start: { line: 0, character: 0 }, end: { line: 4, character: 4 } });
    assert.deepEqual(model.sections[1]!.range.start, { line: 6, character: 0 });
  });

  it('measures columns in UTF-16 code units, as editors do', () => {
    const model = buildModel('## 🚀 Press Release\n');
    assert.deepEqual(model.sections[0]!.headingRange.end, { line: 0, character: 19 });
  });

  it('does not throw on empty, binary or front-matter-only input', () => {
    for (const text of ['', '\u0000\u0001\uFFFD', '---\ntitle: x\n---\n', '\r\n\r\n', '#'.repeat(200)]) {
      const model = buildModel(text);
      assert.ok(Array.isArray(model.sections));
    }
  });
});
