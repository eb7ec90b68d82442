// Documents no writer means to write, but every editor meets: each gets an
// answer (findings, or one finding saying why not) and never a crash or a hang.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DocumentAnalyses } from '../../../server/src/analysis/documents';
import { documentSymbols } from '../../../server/src/features/symbols';
import { buildModel, parseDocument } from '../../../core/src/model/build';
import type { Range } from '../../../core/src/model/types';
import { renderFragment } from '../../../core/src/render/index';
import { defaultLintConfig, runRules } from '../../../core/src/index';
import { assertRobust, linesOf } from './invariants';

const example = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'examples', 'rebook.prfaq.md'), 'utf8');
const ids = (text: string) => runRules(buildModel(text)).map((finding) => finding.ruleId);

/** The text a one-line range covers. */
function textAt(text: string, range: Range): string {
  assert.equal(range.start.line, range.end.line, 'a one-line range');
  return linesOf(text)[range.start.line]!.slice(range.start.character, range.end.character);
}

/** What the language server sees for a document, with the default settings. */
async function analyse(text: string) {
  const analyses = new DocumentAnalyses();
  const document = { uri: 'file:///adversarial.prfaq.md', version: 1, getText: () => text };
  const analysis = await analyses.analysis(document, defaultLintConfig);
  return { analysis, findings: await analyses.findings(document, defaultLintConfig) };
}

describe('adversarial documents', () => {
  it('an empty file: one finding that says where to start', () => {
    assertRobust('');
    assert.deepEqual(ids(''), ['parts-not-recognised']);
  });

  it('only front matter: its title is the document title, and where to start is said', () => {
    const text = '---\ntitle: Rebook\nstatus: draft\n---\n';
    assertRobust(text);
    assert.equal(buildModel(text).title?.text, 'Rebook');
    assert.deepEqual(ids(text), ['parts-not-recognised']);
  });

  it('a 10 MB document: one information finding about the size, no outline, and a preview that says why', async () => {
    const text = example.repeat(Math.ceil((10 * 1024 * 1024) / example.length));
    const { analysis, findings } = await analyse(text);
    assert.equal(analysis.skipped?.kind, 'too-large');
    assert.deepEqual(findings.map((finding) => `${finding.severity} ${finding.ruleId}`), ['information analysis-skipped']);
    assert.match(findings[0]!.message, /This document is 10\d\d\d KB, over the 2048 KB limit/);
    assert.deepEqual(documentSymbols(analysis.parsed.model), []);
    assert.match(renderFragment(analysis.parsed, { allowRemoteImages: false, notice: findings[0]!.message }), /class="notice">This document is/);
  });

  it('a single line of 1 MB', () => {
    assertRobust(`# Press Release\n\n${'Managers swap shifts in the app. '.repeat(32_000)}`);
  });

  it('10,000 headings: every question in the outline', () => {
    const text = `## Customer FAQ\n\n${Array.from({ length: 10_000 }, (_, i) => `### Question ${i}?\n\nAnswer ${i}.\n`).join('\n')}`;
    assertRobust(text);
    assert.equal(documentSymbols(buildModel(text))[0]?.children?.length, 10_000);
  });

  it('2,000-deep block quotes and emphasis, and 300-deep lists: one finding that says the document nests too deeply', async () => {
    const cases = ['>'.repeat(2000) + ' quoted', `${'*a '.repeat(2000)}x${' a*'.repeat(2000)}`, Array.from({ length: 300 }, (_, level) => `${' '.repeat(level * 2)}- level ${level}`).join('\n')];
    for (const text of cases) {
      const { analysis, findings } = await analyse(text);
      assert.equal(analysis.skipped?.kind, 'too-deep', text.slice(0, 20));
      assert.match(findings[0]!.message, /nests lists, quotes or emphasis more than 256 levels deep/);
    }
  });

  it('2,000-deep nested lists (4 MB of indentation): one finding about the size', async () => {
    const text = Array.from({ length: 2000 }, (_, level) => `${' '.repeat(level * 2)}- level ${level}`).join('\n');
    const { analysis } = await analyse(text);
    assert.equal(analysis.skipped?.kind, 'too-large');
  });

  it('long runs of backticks, brackets and <div>', () => {
    assertRobust('`'.repeat(100_000));
    assertRobust(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    assertRobust(`# Press Release\n\n${'[a]('.repeat(20_000)}`);
    assertRobust('<div>'.repeat(20_000));
  });

  it('one line of 5,000 brackets among unclosed and closed quotations: each bracket judged once, in one pass', () => {
    // Asking per bracket about its whole line or every quotation on it made this quadratic (40 s for 20,000).
    const unclosed = buildModel(`## FAQ\n\n${'«[word] '.repeat(5_000)}\n`);
    assert.equal(unclosed.placeholders.length, 5_000);
    const quoted = buildModel(`## FAQ\n\n${'"[word] is free" '.repeat(5_000)}\n`);
    assert.equal(quoted.placeholders.length, 0, 'a bracket sharing its quotation with other words is the message\'s own');
    const alone = buildModel(`## FAQ\n\n${'"[Quote still to write.]" '.repeat(5_000)}\n`);
    assert.equal(alone.placeholders.length, 5_000, 'a quotation that is only the bracket');
  });

  it('raw HTML nested 20,000 deep: the preview says it cannot show it, instead of failing', () => {
    const html = renderFragment(parseDocument(`Notes pasted from a web page:\n\n${'<div>'.repeat(20_000)}`));
    assert.match(html, /class="notice">This document holds HTML nested too deeply to show/);
  });

  it('NUL bytes: the placeholder after them is still underlined exactly', () => {
    const text = '# Press Release\n\nSEATTLE, WA — June 1, 2027 — \0\0 Teams can [TBD] now.\0\n';
    assertRobust(text);
    const placeholder = runRules(buildModel(text)).find((finding) => finding.ruleId === 'placeholder')!;
    assert.equal(textAt(text, placeholder.range), '[TBD]');
  });

  it('a byte order mark: ranges still land on the right characters', () => {
    const text = '\uFEFF# Press Release\n\nSEATTLE, WA — June 1, 2027 — Teams can [TBD] now.\n';
    assertRobust(text);
    const model = buildModel(text);
    assert.equal(textAt(text, model.sections[0]!.headingRange).replace(/^\uFEFF/, ''), '# Press Release');
    const placeholder = runRules(model).find((finding) => finding.ruleId === 'placeholder')!;
    assert.equal(textAt(text, placeholder.range), '[TBD]');
  });

  it('CRLF, CR and mixed line endings: findings on the lines an editor shows', () => {
    for (const newline of ['\r\n', '\r', '\n\r\n']) {
      const text = ['# Rebook', '', '## Press Release', '', 'SEATTLE, WA — June 1, 2027 — Teams can [TBD] now.', '', '## Customer FAQ', '', '### Does it work offline', '', 'Yes.'].join(newline);
      assertRobust(text);
      const findings = runRules(buildModel(text));
      const placeholder = findings.find((finding) => finding.ruleId === 'placeholder')!;
      assert.equal(textAt(text, placeholder.range), '[TBD]', JSON.stringify(newline));
      const question = findings.find((finding) => finding.ruleId === 'question-mark')!;
      assert.match(textAt(text, question.range), /Does it work offline/, JSON.stringify(newline));
    }
  });

  it('a question in inline code across lines (found by fuzzing): its fix adds the mark without editing inside a character', () => {
    const text = '# Customer FAQ\n\nQ: ` 😀.\nA: ` customers. customers.';
    assertRobust(text);
    const fix = runRules(buildModel(text)).find((finding) => finding.ruleId === 'question-mark')?.fixes?.[0];
    assert.deepEqual(fix && { title: fix.title, safe: fix.safe }, { title: 'Add "?" at the end of the question', safe: false }, 'behind markup the fix is offered, not applied by fix-all');
  });

  it('astral-plane characters, combining marks and right-to-left text: ranges in UTF-16 code units', () => {
    const text = '# Rebook 🚀\n\n## Press Release\n\nSEATTLE, WA — June 1, 2027 — 𝒳 café (cafe\u0301) שלום עולם 👩‍👩‍👧 [TBD] now.\n\n## Customer FAQ\n\n### 🚀 هل يعمل دون اتصال\n\nنعم.\n';
    assertRobust(text);
    const findings = runRules(buildModel(text));
    assert.equal(textAt(text, findings.find((finding) => finding.ruleId === 'placeholder')!.range), '[TBD]');
    assert.match(textAt(text, findings.find((finding) => finding.ruleId === 'question-mark')!.range), /🚀 هل يعمل دون اتصال/);
  });
});
