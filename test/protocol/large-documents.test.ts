import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, DocumentSymbolRequest, LSPErrorCodes, ResponseError, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { buildModel } from '../../core/src/model/build';
import { runRules } from '../../core/src/index';
import { startSession, type Session } from './session';

const example = fs.readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'rebook.prfaq.md'), 'utf8');
const codes = (diagnostics: { code?: number | string }[]) => diagnostics.map((d) => String(d.code));
/** Nested lists as deep as micromark can take many seconds over: each level two more spaces. */
const deeplyNested = (levels: number) => Array.from({ length: levels }, (_, level) => `${' '.repeat(level * 2)}- level ${level}`).join('\n');

describe('large documents over the protocol', () => {
  let session: Session;
  before(async () => {
    // A limit no parse of these documents comes near, however busy the machine: these tests are about size, not time.
    session = await startSession(() => ({ limits: { maxDocumentKB: 512 } }), { parseTimeoutMs: 60_000 });
  });
  after(() => session.process.kill());

  it('checks a document too large to parse in place in the worker thread, with the same findings', async () => {
    // The example with an appendix of 60 KB: parsed off the main thread.
    const appendix = `\n## Appendix: interview notes\n\n${'Managers told us they rebuild the rota by hand every week. '.repeat(1000)}\n`;
    const text = example.replace('## Customer FAQ', `<!-- the press release -->\n\n## Customer FAQ`) + appendix;
    const published = await session.open('file:///large.prfaq.md', text);
    assert.ok(text.length > 60_000);
    assert.deepEqual(codes(published.diagnostics), runRules(buildModel(text)).map((finding) => finding.ruleId));
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///large.prfaq.md' } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((symbol) => symbol.name).slice(0, 4), ['Press Release', 'Customer FAQ', 'Internal FAQ', 'Success Metrics']);
  });

  it('skips a document over prfaq.limits.maxDocumentKB with one information finding, and an empty outline', async () => {
    const text = example.repeat(Math.ceil((600 * 1024) / example.length));
    const { diagnostics } = await session.open('file:///huge.prfaq.md', text);
    assert.equal(diagnostics.length, 1);
    const [skipped] = diagnostics;
    assert.equal(skipped!.code, 'analysis-skipped');
    assert.equal(skipped!.severity, 3, 'information');
    assert.match(skipped!.message as string, /over the 512 KB limit.*raise prfaq\.limits\.maxDocumentKB/);
    assert.deepEqual(await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///huge.prfaq.md' } }), []);
    const rendered = (await session.connection.sendRequest('prfaq/render', { uri: 'file:///huge.prfaq.md' })) as { html: string };
    assert.match(rendered.html, /class="notice">This document is \d+ KB, over the 512 KB limit/);
  });

});

describe('a slow document over the protocol', () => {
  let session: Session;
  before(async () => {
    // 700 levels of nested list take about 18 s to parse on a quiet machine, six times this limit; the
    // ordinary document checked after it takes about 0.2 s, a fifteenth of it. Load moves both the same way.
    session = await startSession(() => ({ limits: { maxDocumentKB: 512 } }), { parseTimeoutMs: 3000 });
  });
  after(() => session.process.kill());

  it('keeps answering while a slow document is parsed, answers a cancelled request at once, then gives up on it', async () => {
    const slow = session.open('file:///nested.prfaq.md', deeplyNested(700));
    // The worker is busy with the slow parse; a small document is still answered from the main thread.
    const small = await session.open('file:///small.prfaq.md', '# Notes\n\nNothing here yet.\n');
    assert.deepEqual(codes(small.diagnostics), ['parts-not-recognised']);

    const cancel = new CancellationTokenSource();
    const outline = session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///nested.prfaq.md' } }, cancel.token);
    cancel.cancel();
    const answer = await outline.then(
      (result) => result,
      (error: unknown) => error,
    );
    assert.ok(answer === null || (answer instanceof ResponseError && answer.code === LSPErrorCodes.RequestCancelled), `a cancelled request is answered: ${String(answer)}`);

    const gaveUp = await slow;
    assert.deepEqual(codes(gaveUp.diagnostics), ['analysis-skipped']);
    assert.match(gaveUp.diagnostics[0]!.message as string, /took more than 3 seconds.*deeply nested lists/);
    // The worker that was stopped is replaced: the next large document is checked.
    const text = `${example}\n## Appendix\n\n${'More notes from the interviews. '.repeat(1500)}\n`;
    const after = await session.open('file:///after.prfaq.md', text);
    assert.deepEqual(codes(after.diagnostics), runRules(buildModel(text)).map((finding) => finding.ruleId));
  });
});
