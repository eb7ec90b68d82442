// Completions, hovers and code actions over the protocol; each code action's edit is applied
// and the resulting text checked, as an editor would apply it.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, CompletionRequest, HoverRequest, type CodeAction, type CompletionItem, type Diagnostic, type MarkupContent, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel } from '../../core/src/model/build';
import { runRules } from '../../core/src/index';
import { datelineDates } from '../../server/src/features/dateline-dates';
import { startSession, type Session } from './session';

const pressRelease = `# Rebook

## Press Release

### Rebook fills the gaps missed appointments leave in a clinic's day

#### Independent clinics can rebook a missed appointment in two minutes.

PORTLAND, OR — March 3, 2027 — Harbor Health today launched Rebook, which texts patients who miss a visit.
`;

const withFaqs = `${pressRelease}
## Customer FAQ

### Installation

It takes an afternoon.

### Pricing.

$49 a month.

## Internal FAQ

### Who is the customer, and how many are there?

Clinics: 31,000 in the United States.

### 

## Success Metrics

| Metric | Type | Target | By |
| --- | --- | --- | --- |
| Rebooked share | Output | 35% | September 30, 2027 |
| 
`;

let counter = 0;
const uriFor = (name: string) => `file:///writing/${++counter}-${name}.prfaq.md`;
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line);
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'prfaq', 1, text), edits);
const editsOf = (action: CodeAction, uri: string) => action.edit!.changes![uri]!;

describe('completions over the protocol', () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session.process.kill());

  async function complete(text: string, line: number, character: number): Promise<CompletionItem[]> {
    const uri = uriFor('complete');
    await session.open(uri, text);
    const result = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }
  const bySort = (items: CompletionItem[]) => [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));

  it('offers the missing parts at a heading, in the canonical order, each as a skeleton', async () => {
    const text = `${pressRelease}\n## `;
    const items = bySort(await complete(text, text.split('\n').length - 1, 3));
    assert.deepEqual(items.map((item) => item.label), ['Customer FAQ', 'Internal FAQ', 'Success Metrics']);
    const edit = items[0]!.textEdit as TextEdit;
    assert.match(edit.newText, /^## Customer FAQ\n\n### How much does Rebook cost\?\n\n\$\{\d+:\[Price, plans, and what is free\.\]\}/);
    assert.equal(items[0]!.insertTextFormat, 2, 'a snippet, so the writer tabs through the placeholders');
  });

  it('offers the internal FAQ core questions not yet asked', async () => {
    const line = lineOf(withFaqs, '### ');
    const items = bySort(await complete(withFaqs, line, 4));
    const labels = items.map((item) => item.label);
    assert.deepEqual(labels.slice(0, 4), [
      'What will it cost to build and run, and how does it pay back?',
      'What do we depend on, and what is hardest to build?',
      'What are the biggest risks?',
      'What are we not doing?',
    ]);
    assert.ok(!labels.includes('Who is the customer, and how many are there?'), 'already asked');
    assert.match((items[0]!.textEdit as TextEdit).newText, /^### What will it cost to build and run, and how does it pay back\?\n\n\$\{1:\[Cost to build/);
  });

  it('offers a metric row skeleton in the success metrics table', async () => {
    const line = lineOf(withFaqs, '| ');
    const items = await complete(withFaqs, line, 2);
    const row = items.find((item) => item.label === 'Metric row');
    assert.ok(row, `a metric row among ${items.map((item) => item.label).join(', ')}`);
    assert.equal((row.textEdit as TextEdit).newText, '| ${1:[METRIC]} | ${2|Input,Output|} | ${3:[TARGET]} | ${4:[BY DATE]} |$0');
  });

  it("offers today's date, in each dateline style, after the dateline's city", async () => {
    const text = `${pressRelease}\nSEATTLE, WA — `;
    const items = await complete(text, text.split('\n').length - 1, 'SEATTLE, WA — '.length);
    // The server may pass midnight between the two calls; either day is today.
    const today = datelineDates(new Date()).map(({ text: date }) => date);
    assert.equal(items.length, 3);
    assert.ok(items.some((item) => today.includes(String(item.label))), `${items.map((item) => item.label).join(', ')} holds today`);
    assert.match(items[0]!.insertText!, / — $/, 'closes the dateline for the writer');
  });
});

describe('hovers over the protocol', () => {
  let session: Session;
  before(async () => {
    session = await startSession(undefined, { ruleDocsBase: 'https://example.test/rules/' });
  });
  after(() => session.process.kill());

  async function hover(uri: string, line: number, character: number): Promise<string> {
    const result = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    return (result?.contents as MarkupContent | undefined)?.value ?? '';
  }

  it('on a part heading: what the part must hold, its words against the budget, and its findings', async () => {
    const { uri, text } = await session.openFixture('../../examples/rebook.prfaq.md');
    const value = await hover(uri, lineOf(text, '## Press Release'), 4);
    assert.match(value, /\*\*Press Release\*\* — Under one page/);
    assert.match(value, /Length: \d+ of 650 words \(about one page\)\./);
    assert.match(value, /No errors or warnings in this part\./);
    assert.match(value, /Recognised because the heading "Press Release" names the press release\./);
  });

  it('on the first line of a press release with no heading of its own: why it was taken for one', async () => {
    const { uri } = await session.openFixture('flawed/no-headings.prfaq.md');
    const value = await hover(uri, 0, 3);
    assert.match(value, /\*\*Press Release\*\*/);
    assert.match(value, /Recognised because its content reads as a press release: a dateline.*its heading is the headline\./);
  });

  it('on a flawed part heading: the findings inside it', async () => {
    const { uri, text } = await session.openFixture('flawed/misordered.prfaq.md');
    const value = await hover(uri, lineOf(text, '## Customer FAQ <!-- expect: faq-order -->'), 4);
    assert.match(value, /3 errors and warnings in this part:\n- line 52: .*\(`faq-order`\)/);
  });

  it("on a finding: the rule's explanation and a link to its page", async () => {
    const { uri, text } = await session.openFixture('flawed/misordered.prfaq.md');
    const value = await hover(uri, lineOf(text, '### Installation <!-- expect: question-mark -->'), 6);
    assert.match(value, /\*\*`question-mark`\*\* — A FAQ question does not end with a question mark\. A quick fix/);
    assert.match(value, /\[How to fix it\]\(https:\/\/example\.test\/rules\/question-mark\.md\)/);
  });

  it('on a hint from a rule reviewers too often disagree with: how often they agreed, and how to raise it', async () => {
    const { uri, text } = await session.openFixture('flawed/weak-claims.prfaq.md');
    const line = text.split('\n').findIndex((entry) => entry.includes('expect: quote-without-speaker'));
    const value = await hover(uri, line, 30);
    assert.match(value, /\*\*`quote-without-speaker`\*\*/);
    assert.match(value, /Shown as a hint: reviewers agreed with this rule 7 of 27 times on real PR\/FAQs\. To see it in the Problems panel, set "prfaq\.rules": \{ "quote-without-speaker": "warning" \}\./);
  });
});

describe('code actions over the protocol', () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session.process.kill());

  async function actionsFor(uri: string, diagnostics: Diagnostic[], range: Diagnostic['range'], only?: string[]): Promise<CodeAction[]> {
    const result = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
    return (result ?? []) as CodeAction[];
  }
  async function quickFix(name: string, text: string, code: string): Promise<{ action: CodeAction; result: string }> {
    const uri = uriFor(name);
    const { diagnostics } = await session.open(uri, text);
    const diagnostic = diagnostics.find((d) => d.code === code);
    assert.ok(diagnostic, `${code} among ${diagnostics.map((d) => d.code).join(', ')}`);
    const actions = await actionsFor(uri, [diagnostic], diagnostic.range);
    const action = actions.find((candidate) => candidate.diagnostics?.[0]?.code === code);
    assert.ok(action, `a quick fix for ${code}`);
    assert.equal(action.kind, 'quickfix');
    assert.deepEqual(action.diagnostics, [diagnostic], 'the editor diagnostic it fixes');
    return { action, result: apply(text, editsOf(action, uri)) };
  }

  it('adds the missing "?" to a question', async () => {
    const { action, result } = await quickFix('question', withFaqs, 'question-mark');
    assert.equal(action.title, 'Add "?" at the end of the question');
    assert.ok(result.includes('\n### Installation?\n'));
  });

  it('turns a closing full stop into "?"', async () => {
    const text = withFaqs.replace('### Installation', '### Installation?');
    const { action, result } = await quickFix('stop', text, 'question-mark');
    assert.equal(action.title, 'Replace the closing "." with "?"');
    assert.ok(result.includes('\n### Pricing?\n'));
  });

  it('removes a repeated question and its answer', async () => {
    const { text } = await session.openFixture('flawed/misordered.prfaq.md');
    const { action, result } = await quickFix('duplicate', text, 'duplicate-question');
    assert.equal(action.title, 'Remove this repeated question and its answer');
    assert.equal(result.match(/### Who buys Lumen, and how many of them are there\?/g)?.length, 1);
    assert.ok(!result.includes('The same landlords; see above.'));
    assert.ok(result.includes('we replace any sensor for free within five years.\n\n## Customer FAQ'), 'one blank line between what stays');
    assert.ok(!runRules(buildModel(result)).some((finding) => finding.ruleId === 'duplicate-question'));
  });

  it('inserts each missing part at its place in the canonical order', async () => {
    const text = `${pressRelease}\n## Success Metrics\n\n| Metric | Type | Target | By |\n| --- | --- | --- | --- |\n| Rebooked share | Output | 35% | September 30, 2027 |\n`;
    const uri = uriFor('missing');
    const { diagnostics } = await session.open(uri, text);
    const missing = diagnostics.filter((d) => d.code === 'missing-section');
    assert.equal(missing.length, 2);
    const actions = await actionsFor(uri, missing, missing[0]!.range);
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Add the Customer FAQ skeleton before the Success Metrics', 'Add the Internal FAQ skeleton before the Success Metrics'],
    );
    const result = apply(text, [...editsOf(actions[0]!, uri), ...editsOf(actions[1]!, uri)]);
    const model = buildModel(result);
    assert.deepEqual(model.sections.map((section) => section.kind), ['press-release', 'customer-faq', 'internal-faq', 'success-metrics']);
    assert.ok(result.includes('### How much does Rebook cost?'), 'names the product from the title');
    const left = runRules(model).map((finding) => finding.ruleId);
    assert.ok(!left.includes('missing-section') && !left.includes('section-order') && !left.includes('internal-faq-core-topics'));
  });

  it('inserts a press release skeleton before the FAQs when there is none', async () => {
    const text = '# Tide Tables\n\n## Customer FAQ\n\n### How much is it?\n\nFree.\n';
    // With one FAQ only, prfaq is not sure this is a PR/FAQ: the information finding offers the skeleton.
    const { result } = await quickFix('no-press-release', text, 'parts-not-recognised');
    assert.ok(result.startsWith('# Tide Tables\n\n## Press Release\n\n### Tide Tables [DOES WHAT] for [CUSTOMERS]\n'));
    assert.deepEqual(buildModel(result).sections.map((section) => section.kind), ['press-release', 'customer-faq']);
  });

  it('fixes all safe findings in one edit, and only the safe ones', async () => {
    const { text } = await session.openFixture('flawed/misordered.prfaq.md');
    const uri = uriFor('fix-all');
    const twoStatements = text.replace('### How long does the battery last?', '### Battery life');
    await session.open(uri, twoStatements);
    const actions = await actionsFor(uri, [], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.prfaq']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.prfaq');
    assert.equal(actions[0]!.title, 'Fix all safe PR/FAQ findings (2 edits)');
    const result = apply(twoStatements, editsOf(actions[0]!, uri));
    assert.ok(result.includes('### Battery life?\n') && result.includes('### Installation? <!--'));
    const left = runRules(buildModel(result)).map((finding) => finding.ruleId);
    assert.ok(!left.includes('question-mark'));
    for (const unsafe of ['duplicate-question', 'section-order']) assert.ok(left.includes(unsafe), `${unsafe} is left for the writer`);
  });

  it('answers a request for all source.fixAll actions, and nothing when only quick fixes are asked for elsewhere', async () => {
    const { uri } = await session.openFixture('flawed/misordered.prfaq.md');
    const all = await actionsFor(uri, [], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    assert.deepEqual(all.map((action) => action.kind), ['source.fixAll.prfaq']);
    const none = await actionsFor(uri, [], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['quickfix']);
    assert.deepEqual(none, []);
  });
});
