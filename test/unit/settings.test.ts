import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toLintConfig } from '../../server/src/settings';

describe('settings', () => {
  it('takes valid rule severities and limits', () => {
    const warnings: string[] = [];
    const config = toLintConfig({ rules: { 'faq-order': 'error', placeholder: 'off' }, limits: { pressReleaseWords: 700, faqWords: 3000 } }, (m) => warnings.push(m));
    assert.deepEqual(config.rules, { 'faq-order': 'error', placeholder: 'off' });
    assert.deepEqual(config.options, { pressReleaseMaxWords: 700, faqMaxWords: 3000 });
    assert.deepEqual(warnings, []);
  });

  it('ignores unknown rules, unknown severities and bad limits, and says why', () => {
    const warnings: string[] = [];
    const config = toLintConfig({ rules: { 'no-such-rule': 'error', 'faq-order': 'loud' }, limits: { pressReleaseWords: -1, faqWords: 'many' } }, (m) => warnings.push(m));
    assert.deepEqual(config.rules, {});
    assert.deepEqual(config.options, { pressReleaseMaxWords: 650, faqMaxWords: 2500 });
    assert.equal(warnings.length, 4);
    assert.match(warnings[0]!, /no rule "no-such-rule"/);
    assert.match(warnings[1]!, /"loud" is not one of error, warning, information, hint, off/);
  });

  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(toLintConfig(undefined, () => assert.fail('no warning expected')).options, { pressReleaseMaxWords: 650, faqMaxWords: 2500 });
  });
});
