import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';
import { startServer, type ServerUnderTest } from './server-process';

const uri = 'file:///tmp/tally.prfaq.md';
// Both FAQs and no press release: clearly a PR/FAQ, clearly missing its press release.
const withoutPressRelease = '# Tally\n\n## Customer FAQ\n\n### How much does it cost?\n\n$19 a month.\n\n## Internal FAQ\n\n### What does it cost us?\n\n$3 a month.\n';

describe('language server over stdio', () => {
  let server: ServerUnderTest;

  before(() => {
    server = startServer();
  });
  after(() => {
    server.process.kill();
  });

  it('answers initialize with incremental sync and its name and version', async () => {
    const result = await server.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { ruleDocsBase: 'https://example.test/rules' },
    });
    await server.connection.sendNotification(InitializedNotification.type, {});
    assert.equal(result.serverInfo?.name, 'prfaq');
    assert.match(result.serverInfo?.version ?? '', /^\d+\.\d+\.\d+/);
    const sync = result.capabilities.textDocumentSync;
    assert.ok(typeof sync === 'object' && sync.change === TextDocumentSyncKind.Incremental);
  });

  it('publishes the missing press release on open, with rule id and documentation link', async () => {
    const published = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'prfaq', version: 1, text: withoutPressRelease },
    });
    const { diagnostics, version } = await published;
    assert.equal(version, 1);
    const missing = diagnostics.filter((d) => d.code === 'missing-press-release');
    assert.equal(missing.length, 1);
    assert.equal(missing[0]!.source, 'prfaq');
    assert.equal(missing[0]!.severity, 1);
    assert.equal(missing[0]!.codeDescription?.href, 'https://example.test/rules/missing-press-release.md');
  });

  it('follows incremental edits: adding a press release heading clears the finding', async () => {
    const published = server.nextDiagnostics(uri, (params) => params.version === 2);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n## Press Release\n\nTally launches.\n' }],
    });
    const { diagnostics } = await published;
    assert.equal(diagnostics.some((d) => d.code === 'missing-press-release'), false);
    assert.ok(diagnostics.some((d) => d.code === 'missing-headline'), 'the new press release is checked in turn');
  });

  it('clears diagnostics when the document closes', async () => {
    const published = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    assert.deepEqual((await published).diagnostics, []);
  });

  it('shuts down and exits with code 0', async () => {
    await server.connection.sendRequest(ShutdownRequest.type);
    const exited = once(server.process, 'exit');
    await server.connection.sendNotification(ExitNotification.type);
    const [code] = await exited;
    assert.equal(code, 0);
    assert.equal(server.stderr(), '');
  });
});
