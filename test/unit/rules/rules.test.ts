// Each rule against the clean example PR/FAQ with exactly one flaw put in:
// the rule must report it, and the clean text must give it nothing to report.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { rules } from '../../../core/src/rules/index';
import { defaultLintConfig, type LintConfig, runRules } from '../../../core/src/index';
import { defaultStyleOptions } from '../../../core/src/rules/types';

const clean = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'examples', 'rebook.prfaq.md'), 'utf8');

function replaced(text: string, from: string | RegExp, to: string): string {
  const result = text.replace(from, to);
  assert.notEqual(result, text, `the test's replacement of ${String(from)} applies`);
  return result;
}

const between = (text: string, startHeading: string, endHeading: string, replacement: string) =>
  replaced(text, new RegExp(`${startHeading}[\\s\\S]*?(?=${endHeading})`), replacement);

/** Rule id → a flawed version of the clean text and the 1-based line the finding starts on. */
const flaws: Record<string, { text: () => string; line: number; config?: Partial<LintConfig['options']> }> = {
  'parts-not-recognised': { text: () => replaced(between(clean, '## Press Release', '## Customer FAQ', ''), /## Internal FAQ[\s\S]*$/, ''), line: 9 },
  'missing-press-release': { text: () => between(clean, '## Press Release', '## Customer FAQ', ''), line: 9 },
  'writing-checks-skipped': { text: () => replaced(clean, /^---\n/, '---\nlang: de\n'), line: 10 },
  'missing-section': { text: () => between(clean, '## Internal FAQ', '## Success Metrics', ''), line: 51 },
  'section-order': { text: () => replaced(clean, /(## Customer FAQ[\s\S]*?)(## Success Metrics[\s\S]*)$/, '$2\n$1'), line: 29 },
  'faq-order': { text: () => replaced(clean, /(## Customer FAQ[\s\S]*?)(## Internal FAQ[\s\S]*?)(## Success Metrics)/, '$2$1$3'), line: 51 },
  'missing-headline': { text: () => replaced(replaced(clean, /### Rebook fills[^\n]*\n\n/, ''), /#### Independent[^\n]*\n\n/, ''), line: 9 },
  'missing-subheading': { text: () => replaced(clean, /#### Independent[^\n]*\n\n/, ''), line: 9 },
  'missing-dateline': { text: () => replaced(clean, 'PORTLAND, OR — March 3, 2027 — ', ''), line: 9 },
  'missing-leader-quote': { text: () => replaced(clean, /"Front-desk teams[^\n]*\n\n/, ''), line: 9 },
  'missing-customer-quote': { text: () => replaced(clean, /"We used to lose[^\n]*\n\n/, ''), line: 9 },
  'missing-getting-started': { text: () => replaced(clean, /Getting started takes[^\n]*\n\n/, ''), line: 9 },
  'missing-call-to-action': { text: () => replaced(clean, /Rebook is available today[^\n]*\n\n/, ''), line: 9 },
  'subheading-one-sentence': { text: () => replaced(clean, 'without a phone call.', 'without a phone call. It works with any calendar.'), line: 13 },
  'call-to-action-one-sentence': { text: () => replaced(clean, 'harborhealth.example/rebook.', 'harborhealth.example/rebook. Plans start at $49.'), line: 27 },
  'headline-product-name-only': { text: () => replaced(clean, /### Rebook fills[^\n]*/, '### Rebook'), line: 11 },
  'problem-without-data': { text: () => replaced(clean, /Small clinics lose money[^\n]*/, 'Small clinics lose money every time a chair stays empty, and calling patients back takes the front desk away from the people in the waiting room.'), line: 17 },
  'quote-without-speaker': { text: () => replaced(clean, /said Luis Ferreira, owner of Ferreira Physio in Salem, Oregon/, 'said a physiotherapist'), line: 25 },
  'question-mark': { text: () => replaced(clean, '### How much does Rebook cost?', '### Pricing details'), line: 31 },
  'faq-missing-answer': { text: () => replaced(clean, /(### How much does Rebook cost\?\n\n)[^\n]*\n\n/, '$1'), line: 31 },
  'duplicate-question': { text: () => replaced(clean, '### How do I get help?', '### How much does Rebook cost?'), line: 47 },
  'internal-faq-core-topics': { text: () => replaced(clean, '### What are the main risks?', '### What could surprise us after launch?'), line: 51 },
  'metric-missing-target': { text: () => replaced(clean, '| 1,200 | December 31, 2027 |', '| Most clinics | December 31, 2027 |'), line: 79 },
  'metrics-all-outputs': { text: () => replaced(replaced(clean, '| Input | 15 minutes', '| Output | 15 minutes'), '| Input | Below', '| Output | Below'), line: 73 },
  placeholder: { text: () => replaced(clean, 'a median of 6 hours', 'a median of XX hours'), line: 17 },
  'press-release-length': { text: () => clean, line: 9, config: { pressReleaseMaxWords: 300 } },
  'faq-length': { text: () => clean, line: 29, config: { faqMaxWords: 300 } },
  'weasel-word': { text: () => replaced(clean, 'Small clinics lose money', 'Small clinics probably lose money'), line: 17 },
  'hype-word': { text: () => replaced(clean, 'Harbor Health Software today launched Rebook', 'Harbor Health Software today launched the revolutionary Rebook'), line: 15 },
  'claim-without-data': { text: () => replaced(clean, 'Rebook is available today', 'Rebook is quick to set up. Rebook is available today'), line: 27 },
  'undefined-acronym': { text: () => replaced(clean, 'Small clinics lose money', 'Small clinics on an EHR lose money'), line: 17 },
  'long-sentence': {
    text: () => replaced(clean, 'Small clinics lose money', 'Front desks call every patient who missed a visit, leave a message, wait for a call back, check the calendar again, and often find that the slot they offered has gone to someone else by then. Small clinics lose money'),
    line: 17,
  },
  'wordy-phrase': { text: () => replaced(clean, 'Small clinics lose money', 'Due to the fact that chairs stay empty, small clinics lose money'), line: 17 },
  'passive-voice': { text: () => '## Press Release\n\nThe schedule is rebuilt by the front desk every morning.\n', line: 3 },
  readability: {
    text: () => replaced(clean, /Small clinics lose money[^\n]*/, 'Operationalization of appointment recovery necessitates considerable administrative intervention: receptionists systematically telephone individuals whose appointments were unattended, document communication outcomes, and reconcile availability across incompatible scheduling applications, consuming approximately 6 hours weekly. Organizational documentation demonstrates substantial variability, and receptionists consequently experience considerable dissatisfaction with administrative responsibilities.'),
    line: 17,
    config: { style: { ...defaultStyleOptions, readingEase: 30 } },
  },
};

function findingsOf(text: string, config?: Partial<LintConfig['options']>) {
  return runRules(buildModel(text), { ...defaultLintConfig, options: { ...defaultLintConfig.options, ...config } });
}

describe('every rule', () => {
  it('has no error or warning to report on the clean example (writing hints may remain)', () => {
    assert.deepEqual(findingsOf(clean).filter((finding) => finding.severity === 'error' || finding.severity === 'warning'), []);
  });

  it('is covered by a flaw below', () => {
    assert.deepEqual(rules.map((rule) => rule.id).filter((id) => !(id in flaws)), []);
  });

  for (const [id, flaw] of Object.entries(flaws)) {
    it(`${id} reports the flaw, on line ${flaw.line}, with a message that says what to do`, () => {
      const findings = findingsOf(flaw.text(), flaw.config);
      const own = findings.filter((finding) => finding.ruleId === id);
      assert.equal(own.length, 1, `one ${id} finding; all findings: ${findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`).join(', ')}`);
      assert.equal(own[0]!.range.start.line + 1, flaw.line);
      assert.match(own[0]!.message, /\b(?:Add|Move|Cut|Say|Start|State|Write|Merge|Replace|Pick|Attribute|Rename|End|Keep)\b|: (?:give|write|split|cut|say|state|use|define|make|change)\b/, 'the message tells the writer what to do next');
    });
  }
});
