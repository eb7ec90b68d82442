import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultRuleOptions, defaultStyleOptions } from '../../core/src/rules/types';
import { toLintConfig } from '../../core/src/config/settings';

describe('settings', () => {
  it('takes valid rule severities and limits', () => {
    const warnings: string[] = [];
    const config = toLintConfig({ rules: { 'faq-order': 'error', placeholder: 'off' }, limits: { pressReleaseWords: 700, faqWords: 3000 } }, (m) => warnings.push(m));
    assert.deepEqual(config.rules, { 'faq-order': 'error', placeholder: 'off' });
    assert.deepEqual(config.options, { pressReleaseMaxWords: 700, faqMaxWords: 3000, style: defaultStyleOptions });
    assert.deepEqual(warnings, []);
  });

  it('ignores unknown rules, unknown severities and bad limits, and says why', () => {
    const warnings: string[] = [];
    const config = toLintConfig({ rules: { 'no-such-rule': 'error', 'faq-order': 'loud' }, limits: { pressReleaseWords: -1, faqWords: 'many' } }, (m) => warnings.push(m));
    assert.deepEqual(config.rules, {});
    assert.deepEqual(config.options, { pressReleaseMaxWords: 650, faqMaxWords: 2500, style: defaultStyleOptions });
    assert.equal(warnings.length, 4);
    assert.match(warnings[0]!, /no rule "no-such-rule"/);
    assert.match(warnings[1]!, /"loud" is not one of error, warning, information, hint, off/);
  });

  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(toLintConfig(undefined, () => assert.fail('no warning expected')).options, defaultRuleOptions);
  });

  it('reads the writing limits and word lists, and reports malformed ones', () => {
    const warnings: string[] = [];
    const config = toLintConfig(
      {
        limits: { sentenceWords: 20, readingGrade: 8 },
        style: { weaselWords: { add: ['a handful of'], remove: ['very'] }, allowedAcronyms: { add: 'SKU' }, wordyPhrases: { add: { 'at the end of the day': 'finally' }, remove: ['prior to'] } },
      },
      (m) => warnings.push(m),
    );
    assert.equal(config.options.style.sentenceMaxWords, 20);
    assert.equal(config.options.style.readingGrade, 8);
    assert.deepEqual(config.options.style.weaselWords, { add: ['a handful of'], remove: ['very'] });
    assert.deepEqual(config.options.style.wordyPhrases, { add: { 'at the end of the day': 'finally' }, remove: ['prior to'] });
    assert.deepEqual(config.options.style.allowedAcronyms, { add: [], remove: [] });
    assert.deepEqual(warnings, ['prfaq.style.allowedAcronyms.add: expected a list of words, such as ["very", "a lot"]; ignored.']);
  });

  it('reads heading names per part, and reports parts and lists it does not know', () => {
    const warnings: string[] = [];
    const config = toLintConfig({ sections: { 'internal-faq': ['Kundenfragen intern'], 'no-such-part': ['X'], faq: 'Fragen' } }, (m) => warnings.push(m));
    assert.deepEqual(config.sections, { 'internal-faq': ['Kundenfragen intern'] });
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /"no-such-part" is not a part; use one of press-release/);
    assert.match(warnings[1]!, /prfaq.sections.faq: expected a list of heading names/);
  });
});
