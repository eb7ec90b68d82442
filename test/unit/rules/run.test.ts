import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { defaultLintConfig, runRules } from '../../../core/src/index';

const faq = (questions: string) => `## Press Release\n\n### A headline long enough to pass\n\n## Customer FAQ\n\n${questions}`;
const lines = (text: string, rules = {}) =>
  runRules(buildModel(text), { ...defaultLintConfig, rules })
    .filter((finding) => finding.ruleId === 'question-mark')
    .map((finding) => finding.range.start.line + 1);

describe('running the rules', () => {
  const three = '### Pricing\n\nFree.\n\n### Support\n\nEmail.\n\n### Refunds\n\nWithin 30 days.\n';

  it('reports each finding once, in document order', () => {
    assert.deepEqual(lines(faq(three)), [7, 11, 15]);
  });

  it('honours disable-next-line and disable-line comments for the named rule only', () => {
    assert.deepEqual(lines(faq(three.replace('### Support', '<!-- prfaq-disable-next-line question-mark -->\n### Support'))), [7, 16]);
    assert.deepEqual(lines(faq(three.replace('### Support', '### Support <!-- prfaq-disable-line question-mark -->'))), [7, 15]);
    assert.deepEqual(lines(faq(three.replace('### Support', '<!-- prfaq-disable-next-line faq-order -->\n### Support'))), [7, 12, 16]);
  });

  it('honours disable … enable blocks, and a bare disable silences every rule', () => {
    const blocked = three.replace('### Pricing', '<!-- prfaq-disable question-mark -->\n\n### Pricing').replace('### Refunds', '<!-- prfaq-enable question-mark -->\n\n### Refunds');
    assert.deepEqual(lines(faq(blocked)), [19]);
    const all = runRules(buildModel(`<!-- prfaq-disable -->\n\n${faq(three)}`));
    assert.deepEqual(all, []);
  });

  it('applies configured severities and turns rules off', () => {
    const findings = runRules(buildModel(faq(three)), { ...defaultLintConfig, rules: { 'question-mark': 'error', 'missing-section': 'off' } });
    assert.ok(findings.filter((finding) => finding.ruleId === 'question-mark').every((finding) => finding.severity === 'error'));
    assert.equal(findings.some((finding) => finding.ruleId === 'missing-section'), false);
    assert.deepEqual(lines(faq(three), { 'question-mark': 'off' }), []);
  });
});
