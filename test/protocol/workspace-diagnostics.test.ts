// Pull diagnostics (LSP 3.17) for editors that ask for them: every closed
// PR/FAQ of the workspace folder in workspace/diagnostic, agreeing with
// `prfaq check`; open documents by textDocument/diagnostic; "unchanged" for
// what did not change; deleted files cleared; nothing pushed meanwhile.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  WorkspaceDiagnosticRequest,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { fixturesFolder, startServer, type ServerUnderTest } from './server-process';

const cli = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const pulling: ClientCapabilities = {
  textDocument: { diagnostic: { dynamicRegistration: false } },
  workspace: { diagnostics: { refreshSupport: true }, workspaceFolders: true },
};

async function initialize(server: ServerUnderTest, folder: string, capabilities: ClientCapabilities, initializationOptions?: unknown): Promise<InitializeResult> {
  const result = await server.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'funnel' }],
    initializationOptions,
  });
  await server.connection.sendNotification(InitializedNotification.type, {});
  return result;
}

/** `file:line:rule` for each finding, as the CLI and the server each report them. */
function checkedByCli(folder: string): Map<string, string[]> {
  const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
  const report = JSON.parse(result.stdout) as { files: Array<{ file: string; findings: Array<{ ruleId: string; line: number; severity: string }> }> };
  return new Map(report.files.map((file) => [path.basename(file.file), file.findings.map((finding) => `${finding.line}:${finding.ruleId}:${finding.severity}`).sort()]));
}

const severityNames = ['', 'error', 'warning', 'information', 'hint'];
function described(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${String(diagnostic.code)}:${severityNames[diagnostic.severity ?? 1]}`).sort();
}

function byFile(reports: WorkspaceDocumentDiagnosticReport[]): Map<string, WorkspaceDocumentDiagnosticReport> {
  return new Map(reports.map((report) => [path.basename(new URL(report.uri).pathname), report]));
}

describe('workspace diagnostics for editors that pull them', () => {
  let folder: string;
  let server: ServerUnderTest;
  let pushed = 0;
  /** Resolved by the client's next workspace/diagnostic/refresh. */
  let refreshed: (() => void) | undefined;
  let initialized: InitializeResult;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-pull-'));
    fs.cpSync(path.join(fixturesFolder, 'funnel'), folder, { recursive: true });
    // A PR/FAQ inside node_modules is not the team's.
    fs.mkdirSync(path.join(folder, 'node_modules', 'kit'), { recursive: true });
    fs.copyFileSync(path.join(folder, 'mooring-map.prfaq.md'), path.join(folder, 'node_modules', 'kit', 'vendored.prfaq.md'));
    server = startServer();
    server.connection.onNotification('textDocument/publishDiagnostics', () => {
      pushed += 1;
    });
    server.connection.onRequest(DiagnosticRefreshRequest.method, () => {
      refreshed?.();
      return null;
    });
    initialized = await initialize(server, folder, pulling);
  });

  after(async () => {
    await server.connection.sendRequest(ShutdownRequest.type);
    await server.connection.sendNotification(ExitNotification.type);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('says it serves document and workspace diagnostics', () => {
    assert.deepEqual(initialized.capabilities.diagnosticProvider, { identifier: 'prfaq', interFileDependencies: false, workspaceDiagnostics: true });
  });

  let first: WorkspaceDocumentDiagnosticReport[];
  it('reports every closed PR/FAQ in the folder with the findings prfaq check prints', async () => {
    first = (await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] })).items;
    const reports = byFile(first);
    assert.deepEqual([...reports.keys()].sort(), ['berth-board-review.prfaq.md', 'mooring-map.prfaq.md', 'quay-ledger-listen.prfaq.md', 'tide-clock-final.prfaq.md']);
    const cli = checkedByCli(folder);
    for (const [file, report] of reports) {
      assert.equal(report.kind, DocumentDiagnosticReportKind.Full, file);
      assert.equal(report.version, null, 'a closed file has no editor version');
      assert.ok(report.resultId, file);
      if (report.kind === DocumentDiagnosticReportKind.Full) assert.deepEqual(described(report.items), cli.get(file) ?? [], file);
    }
    const review = reports.get('berth-board-review.prfaq.md');
    assert.ok(review?.kind === DocumentDiagnosticReportKind.Full && review.items.some((item) => item.code === 'placeholder' && item.severity === 1), 'the [TBD] left in review is an error');
  });

  it('answers "unchanged" for files that did not change, reads a changed one again and clears a deleted one', async () => {
    const previousResultIds = first.map((report) => ({ uri: report.uri, value: report.resultId! }));
    const again = byFile((await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds })).items);
    assert.deepEqual([...again.values()].map((report) => report.kind), Array(4).fill(DocumentDiagnosticReportKind.Unchanged));

    // The document with no stage moves to final: its missing parts become errors.
    const mooring = path.join(folder, 'mooring-map.prfaq.md');
    fs.writeFileSync(mooring, fs.readFileSync(mooring, 'utf8').replace(/^---\n/, '---\nstage: final\n'));
    fs.rmSync(path.join(folder, 'quay-ledger-listen.prfaq.md'));
    const later = byFile((await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds })).items);
    const moved = later.get('mooring-map.prfaq.md');
    assert.equal(moved?.kind, DocumentDiagnosticReportKind.Full);
    assert.ok(moved.kind === DocumentDiagnosticReportKind.Full && moved.items.some((item) => item.code === 'missing-section' && item.severity === 1), described(moved.kind === DocumentDiagnosticReportKind.Full ? moved.items : []).join('\n'));
    assert.deepEqual(later.get('quay-ledger-listen.prfaq.md'), { kind: DocumentDiagnosticReportKind.Full, uri: pathToFileURL(path.join(folder, 'quay-ledger-listen.prfaq.md')).href, version: null, items: [] });
    assert.equal(later.get('tide-clock-final.prfaq.md')?.kind, DocumentDiagnosticReportKind.Unchanged);
  });

  it('streams the reports as partial results when the client asks for them', async () => {
    const partial: WorkspaceDocumentDiagnosticReport[] = [];
    const token = 'workspace-scan';
    const done = server.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, token, (chunk: WorkspaceDiagnosticReportPartialResult) => {
      partial.push(...chunk.items);
    });
    const answer = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [], partialResultToken: token });
    done.dispose();
    assert.deepEqual(answer.items, [], 'with partial results the response itself is empty');
    assert.deepEqual([...byFile(partial).keys()].sort(), ['berth-board-review.prfaq.md', 'mooring-map.prfaq.md', 'tide-clock-final.prfaq.md']);
  });

  it('reports an open document by textDocument/diagnostic, as the editor has it, and leaves it out of the workspace report', async () => {
    const uri = pathToFileURL(path.join(folder, 'tide-clock-final.prfaq.md')).href;
    const text = fs.readFileSync(new URL(uri), 'utf8');
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'prfaq', version: 1, text } });
    const report = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.equal(report.kind, DocumentDiagnosticReportKind.Full);
    assert.deepEqual(report.kind === DocumentDiagnosticReportKind.Full && described(report.items), checkedByCli(folder).get('tide-clock-final.prfaq.md') ?? []);

    const same = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: report.resultId! });
    assert.equal(same.kind, DocumentDiagnosticReportKind.Unchanged);

    // The writer leaves a placeholder in a final document: an error, before the file is saved.
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: `${text}\nOpen question: [TBD]\n` }],
    });
    const edited = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: report.resultId! });
    assert.ok(edited.kind === DocumentDiagnosticReportKind.Full && edited.items.some((item) => item.code === 'placeholder' && item.severity === 1));

    const workspace = byFile((await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] })).items);
    assert.equal(workspace.has('tide-clock-final.prfaq.md'), false);
  });

  it('asks the client to pull again when the settings change, and pushes nothing all along', async () => {
    const asked = new Promise<void>((resolve) => (refreshed = resolve));
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { prfaq: { rules: { placeholder: 'off' } } } });
    await asked;
    const workspace = byFile((await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: first.map((report) => ({ uri: report.uri, value: report.resultId! })) })).items);
    const review = workspace.get('berth-board-review.prfaq.md');
    assert.equal(review?.kind, DocumentDiagnosticReportKind.Full, 'new settings make every earlier result stale');
    assert.ok(review.kind === DocumentDiagnosticReportKind.Full && !review.items.some((item) => item.code === 'placeholder'), 'placeholder is off now');
    assert.equal(pushed, 0, 'a client that pulls is not also pushed the same findings');
  });
});

describe('clients that take pushed diagnostics', () => {
  for (const [name, capabilities, options] of [
    ['a client without pull support', {}, undefined],
    ['the VS Code client, which checks closed files itself', pulling, { pushDiagnostics: true }],
  ] as const) {
    it(`${name} is not offered pull diagnostics`, async () => {
      const server = startServer();
      try {
        const result = await initialize(server, fixturesFolder, capabilities, options);
        assert.equal(result.capabilities.diagnosticProvider, undefined);
      } finally {
        await server.connection.sendRequest(ShutdownRequest.type);
        await server.connection.sendNotification(ExitNotification.type);
      }
    });
  }
});
