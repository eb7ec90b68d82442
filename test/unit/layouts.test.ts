// The layout gallery: one PR/FAQ per way real writers lay one out, each
// carrying the outline a reviewer would read from it, in a comment at its end:
//
//   <!-- layout
//   press-release: 3          the line the press release starts on (its heading, or its first line)
//   headline: 5               optional: the line of the headline
//   customer-faq: 4 questions, first 20, last 31
//   internal-faq: 2 questions, first 35, last 39
//   faq: 6 questions, first 12, last 40      one FAQ with no customer/internal split
//   success-metrics: 44
//   -->
//
// Parts not listed must not be found. The test prints a recognition table.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { buildModel } from '../../core/src/model/build';
import type { Faq, PrFaq } from '../../core/src/model/types';
import { runRules } from '../../core/src/index';
import { fixtures } from './fixture-files';

const folder = path.join(fixtures, 'layouts');

interface FaqExpectation {
  questions: number;
  first?: number;
  last?: number;
}
interface Expected {
  pressRelease?: number;
  headline?: number;
  customerFaq?: FaqExpectation;
  internalFaq?: FaqExpectation;
  faq?: FaqExpectation;
  successMetrics?: number;
}

export function expectedLayout(text: string): Expected | undefined {
  const block = /<!--\s*layout\s*\n([\s\S]*?)-->/.exec(text)?.[1];
  if (!block) return undefined;
  const expected: Expected = {};
  for (const line of block.split('\n').map((entry) => entry.trim()).filter(Boolean)) {
    const [key, value = ''] = line.split(/:\s*/, 2) as [string, string?];
    const number = (pattern: RegExp) => Number(pattern.exec(value)?.[1]);
    const faq = (): FaqExpectation => {
      const result: FaqExpectation = { questions: number(/(\d+)\s+questions?/) };
      if (/first/.test(value)) result.first = number(/first\s+(\d+)/);
      if (/last/.test(value)) result.last = number(/last\s+(\d+)/);
      return result;
    };
    if (key === 'press-release') expected.pressRelease = Number(value);
    else if (key === 'headline') expected.headline = Number(value);
    else if (key === 'customer-faq') expected.customerFaq = faq();
    else if (key === 'internal-faq') expected.internalFaq = faq();
    else if (key === 'faq') expected.faq = faq();
    else if (key === 'success-metrics') expected.successMetrics = Number(value);
    else throw new Error(`unknown layout key "${key}"`);
  }
  return expected;
}

function faqOutline(faq: Faq | undefined): FaqExpectation | undefined {
  if (!faq) return undefined;
  const lines = faq.items.map((item) => item.question.range.start.line + 1);
  return { questions: lines.length, first: lines[0], last: lines[lines.length - 1] };
}

/** The model's outline in the gallery's terms, keeping only what the expectation names. */
function actualLayout(model: PrFaq, expected: Expected): Expected {
  const actual: Expected = {};
  const pressRelease = model.pressRelease?.section;
  if (pressRelease) actual.pressRelease = pressRelease.range.start.line + 1;
  if (expected.headline !== undefined && model.pressRelease?.headline) actual.headline = model.pressRelease.headline.range.start.line + 1;
  const combined = model.sections.some((section) => section.combined);
  const pick = (faq: FaqExpectation | undefined, like: FaqExpectation | undefined) => {
    if (!faq) return undefined;
    const result: FaqExpectation = { questions: faq.questions };
    if (like?.first !== undefined) result.first = faq.first!;
    if (like?.last !== undefined) result.last = faq.last!;
    return result;
  };
  const customer = faqOutline(model.customerFaq);
  if (combined) {
    const picked = pick(customer, expected.faq);
    if (picked) actual.faq = picked;
  } else {
    const picked = pick(customer, expected.customerFaq);
    if (picked) actual.customerFaq = picked;
  }
  const internal = pick(faqOutline(model.internalFaq), expected.internalFaq);
  if (internal) actual.internalFaq = internal;
  const metrics = model.successMetrics?.section;
  if (metrics) actual.successMetrics = metrics.range.start.line + 1;
  return actual;
}

const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.prfaq.md')).sort() : [];
const table: string[] = [];

describe('layout gallery: real layouts read as a reviewer reads them', () => {
  it('holds at least 25 layouts, each with its expected outline', () => {
    assert.ok(files.length >= 25, `${files.length} layouts`);
    for (const file of files) assert.ok(expectedLayout(fs.readFileSync(path.join(folder, file), 'utf8')), `${file} carries a layout comment`);
  });

  for (const file of files) {
    it(file, () => {
      const text = fs.readFileSync(path.join(folder, file), 'utf8');
      const expected = expectedLayout(text)!;
      const model = buildModel(text);
      const actual = actualLayout(model, expected);
      const questions = (outline: Expected) => (outline.customerFaq?.questions ?? 0) + (outline.internalFaq?.questions ?? 0) + (outline.faq?.questions ?? 0);
      table.push(`${file.replace(/\.prfaq\.md$/, '').padEnd(40)} ${(actual.pressRelease === expected.pressRelease ? 'yes' : 'NO').padEnd(14)} ${`${questions(actual)}/${questions(expected)}`.padEnd(10)} ${model.recognition.confidence}`);
      assert.deepEqual(actual, expected);
      // A part that is there is never reported missing.
      const present = (finding: { ruleId: string; message: string }) =>
        (finding.ruleId === 'missing-press-release' && expected.pressRelease !== undefined) ||
        (finding.ruleId === 'missing-section' &&
          ((/Customer FAQ/.test(finding.message) && (expected.customerFaq || expected.faq)) ||
            (/Internal FAQ/.test(finding.message) && (expected.internalFaq || expected.faq)) ||
            (/Success Metrics/.test(finding.message) && expected.successMetrics !== undefined)));
      const wrong = runRules(model).filter(present);
      assert.deepEqual(wrong.map((finding) => `${finding.range.start.line + 1}: ${finding.message}`), [], 'no finding says a part that is there is missing');
    });
  }

  after(() => {
    console.log(`\n${'layout'.padEnd(40)} ${'press release'.padEnd(14)} ${'questions'.padEnd(10)} document\n${table.join('\n')}`);
  });
});
