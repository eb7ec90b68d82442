import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DidChangeConfigurationNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  SymbolKind,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { startSession, type Session } from './session';

describe('diagnostics, outline and folding over the protocol', () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session.process.kill());

  it('reports each structural finding with its rule id, severity and related locations', async () => {
    const { diagnostics } = await session.openFixture('flawed/misordered.prfaq.md');
    const codes = diagnostics.diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
    assert.deepEqual(codes, ['23:section-order', '48:duplicate-question', '52:faq-order', '58:question-mark', '62:faq-missing-answer']);
    const duplicate = diagnostics.diagnostics.find((d) => d.code === 'duplicate-question')!;
    assert.equal(duplicate.relatedInformation?.[0]?.location.range.start.line, 32 - 1, 'points at the first time the question was asked');
    assert.ok(diagnostics.diagnostics.every((d) => d.codeDescription?.href.endsWith(`/docs/rules/${String(d.code)}.md`)));
  });

  it('gives a clean, complete PR/FAQ no errors or warnings (writing hints may remain)', async () => {
    const { diagnostics } = await session.openFixture('../../examples/rebook.prfaq.md');
    assert.deepEqual(diagnostics.diagnostics.filter((d) => d.severity === 1 || d.severity === 2), []);
  });

  it('outlines the PR/FAQ: parts, press-release paragraphs and quotes, questions and metrics', async () => {
    const { uri } = await session.openFixture('../../examples/rebook.prfaq.md');
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['Press Release', 'Customer FAQ', 'Internal FAQ', 'Success Metrics'],
    );
    const [pressRelease, customerFaq, , metrics] = symbols;
    assert.deepEqual(
      pressRelease!.children!.map((child) => child.name),
      ['Headline', 'Subheading', 'Summary', 'Problem', 'Solution', 'Leader quote', 'Getting started', 'Customer quote', 'Call to action'],
    );
    assert.equal(pressRelease!.children!.find((child) => child.name === 'Leader quote')!.detail, 'Dana Okafor');
    assert.equal(customerFaq!.children![0]!.name, 'How much does Rebook cost?');
    assert.equal(customerFaq!.children![0]!.kind, SymbolKind.Key);
    assert.equal(metrics!.children!.length, 4);
    assert.match(metrics!.children![1]!.detail ?? '', /15 minutes by April 30, 2027 · input/);
    for (const symbol of symbols) {
      for (const child of symbol.children ?? []) {
        assert.ok(child.range.start.line >= symbol.range.start.line && child.range.end.line <= symbol.range.end.line, `${child.name} lies inside ${symbol.name}`);
      }
    }
  });

  it('folds each part and each FAQ entry', async () => {
    const { uri } = await session.openFixture('../../examples/rebook.prfaq.md');
    const ranges = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(ranges);
    const starts = ranges.map((range) => range.startLine + 1);
    for (const line of [1, 9, 29, 31, 51, 73]) assert.ok(starts.includes(line), `a fold starts on line ${line}`);
  });
});

describe('settings over the protocol', () => {
  let session: Session;
  let settings: unknown = { rules: { 'faq-order': 'error', 'question-mark': 'off' } };
  before(async () => {
    session = await startSession(() => settings);
  });
  after(() => session.process.kill());

  it('applies per-rule severities and turns rules off', async () => {
    const { diagnostics } = await session.openFixture('flawed/misordered.prfaq.md');
    const byCode = new Map(diagnostics.diagnostics.map((d) => [String(d.code), d]));
    assert.equal(byCode.get('faq-order')?.severity, 1, 'faq-order raised to error');
    assert.equal(byCode.has('question-mark'), false, 'question-mark is off');
  });

  it('re-checks open documents when the settings change', async () => {
    const { uri } = await session.openFixture('flawed/misordered.prfaq.md');
    settings = { rules: { 'duplicate-question': 'off' } };
    const republished = session.nextDiagnostics(uri, (params) => !params.diagnostics.some((d) => d.code === 'duplicate-question'));
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const { diagnostics } = await republished;
    assert.ok(diagnostics.some((d) => d.code === 'question-mark'), 'question-mark is back on');
  });

  it('ignores malformed settings instead of failing, and says so in the log', async () => {
    settings = { rules: { 'no-such-rule': 'error', 'faq-order': 'loud' }, limits: { pressReleaseWords: -3 } };
    const { uri } = await session.openFixture('flawed/misordered.prfaq.md');
    const republished = session.nextDiagnostics(uri, (params) => params.diagnostics.some((d) => d.code === 'faq-order' && d.severity === 2));
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await republished;
  });
});
