// Every fixture carries its expected findings inline, as HTML comments on the
// line where each finding starts: `<!-- expect: rule-id, other-rule -->`.
// Fixtures in clean/ expect nothing: a well-written PR/FAQ must get no error or warning.
// The writing corpus in style/ is measured instead (style-quality.test.ts): it
// annotates the writing findings only, and its bars allow a rare miss.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildModel } from '../../core/src/model/build';
import { runRules } from '../../core/src/index';
import { expectedFindings, fixtureFiles } from './fixture-files';

const fixtures = path.resolve(__dirname, '..', 'fixtures');

describe('fixtures carry their expected findings', () => {
  const files = fixtureFiles();
  it('has at least 8 clean PR/FAQs in different styles and a set of flawed ones', () => {
    assert.ok(files.filter((file) => file.includes(`${path.sep}clean${path.sep}`)).length >= 8);
    assert.ok(files.filter((file) => file.includes(`${path.sep}flawed${path.sep}`)).length >= 4);
  });

  // The layout gallery is measured on its outline instead (layouts.test.ts).
  for (const file of files.filter((name) => !name.includes(`${path.sep}style${path.sep}`) && !name.includes(`${path.sep}layouts${path.sep}`))) {
    it(path.relative(fixtures, file), () => {
      const text = fs.readFileSync(file, 'utf8');
      // What a rule finds, in the Problems panel or, for a rule reviewers too often disagree with, as a hint.
      // Read as the editor reads a *.prfaq.md: the writer's name for the file counts.
      const findings = runRules(buildModel(text, { declared: file.endsWith('.prfaq.md') })).filter((finding) => finding.severity === 'error' || finding.severity === 'warning' || finding.quietedByEvidence);
      const actual = findings.map((finding) => `${finding.range.start.line + 1}:${finding.ruleId}`).sort();
      const expected = expectedFindings(text);
      const unexpected = actual.filter((entry) => !expected.includes(entry));
      const missed = expected.filter((entry) => !actual.includes(entry));
      const explain = (entries: string[]) =>
        entries.map((entry) => `  ${entry}  ${findings.find((finding) => `${finding.range.start.line + 1}:${finding.ruleId}` === entry)?.message ?? ''}`).join('\n');
      assert.deepEqual(actual, expected, `\nunexpected findings:\n${explain(unexpected)}\nexpected but not found:\n${missed.map((entry) => `  ${entry}`).join('\n')}`);
    });
  }
});
