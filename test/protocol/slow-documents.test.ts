// A document micromark is slow on (about 100 KB of nested brackets takes it
// 17 s here) is answered within the default 5 s limit, by the language server
// and by `prfaq check`, while other documents keep being answered.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { startSession, type Session } from './session';

const root = path.resolve(__dirname, '..', '..');
const example = path.join(root, 'examples', 'rebook.prfaq.md');
const brackets = '[[['.repeat(16_000) + ']]]'.repeat(16_000);
const codes = (diagnostics: { code?: number | string }[]) => diagnostics.map((d) => String(d.code));

describe('a document the parser is slow on, with the default time limit', () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session.process.kill());

  it('gets its analysis-skipped answer from the server at the 5 s limit, and a small document opened after it is answered first', async () => {
    const slow = session.open('file:///brackets.prfaq.md', brackets);
    const small = session.open('file:///small.prfaq.md', '# Notes\n\nNothing here yet.\n');
    // The small document, opened second, is answered first: it does not wait behind the slow parse.
    const first = await Promise.race([slow.then(() => 'slow'), small.then(() => 'small')]);
    assert.equal(first, 'small');
    assert.deepEqual(codes((await small).diagnostics), ['parts-not-recognised']);
    const gaveUp = await slow;
    assert.deepEqual(codes(gaveUp.diagnostics), ['analysis-skipped']);
    assert.match(gaveUp.diagnostics[0]!.message as string, /took more than 5 seconds/);
  });

  it('is skipped by prfaq check within the same limit, and the other files are still checked', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-slow-'));
    try {
      fs.writeFileSync(path.join(folder, 'brackets.prfaq.md'), brackets);
      fs.copyFileSync(example, path.join(folder, 'rebook.prfaq.md'));
      const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', folder, '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(result.status, 0, result.stderr);
      const report = JSON.parse(result.stdout) as { files: Array<{ file: string; findings: Array<{ ruleId: string; message: string }> }> };
      const byName = new Map(report.files.map((file) => [path.basename(file.file), file.findings]));
      assert.deepEqual(byName.get('brackets.prfaq.md')?.map((finding) => finding.ruleId), ['analysis-skipped']);
      assert.match(byName.get('brackets.prfaq.md')![0]!.message, /took more than 5 seconds/);
      assert.ok((byName.get('rebook.prfaq.md')?.length ?? 0) > 0, 'the example is checked (its writing hints)');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the preview of a large document', () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session.process.kill());

  it('is rendered off the main thread: other requests are answered while it renders', async () => {
    const text = fs.readFileSync(example, 'utf8').replace('## Success Metrics', `## Appendix\n\n${'Managers told us they rebuild the rota by hand every week, and the notes grew. '.repeat(19_000)}\n\n## Success Metrics`);
    assert.ok(text.length > 1_400_000, `${text.length} characters`);
    await session.open('file:///large.prfaq.md', text);
    await session.open('file:///small.prfaq.md', '# Notes\n\n## FAQ\n\n### Is it free?\n\nYes.\n');
    const started = Date.now();
    let renderedAt = 0;
    const render = session.connection.sendRequest('prfaq/render', { uri: 'file:///large.prfaq.md' }).then((result) => {
      renderedAt = Date.now();
      return result as { html: string };
    });
    // Asked right behind the render, so it arrives while the large page renders.
    await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///small.prfaq.md' } });
    const answeredAt = Date.now();
    const { html } = await render;
    assert.match(html, /class="headline"/);
    assert.ok(renderedAt - started > 500, `the render took ${renderedAt - started} ms; too quick to show anything`);
    assert.ok(answeredAt < renderedAt, `the outline (at ${answeredAt - started} ms) waited for the render (at ${renderedAt - started} ms)`);
  });
});
