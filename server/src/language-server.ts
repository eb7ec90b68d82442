// LSP wiring only: open documents, capabilities, settings, on a connection
// the host made (Node's stdio or IPC, or a browser's Web Worker). The work
// lives in model/, rules/ and features/.
import {
  DidChangeConfigurationNotification,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type InitializeResult,
  type Connection,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyses, type Analysis } from './analysis/documents';
import { codeActionKinds, codeActions } from './features/code-actions';
import { completionsAt } from './features/completion';
import { toDiagnostic } from './features/diagnostics';
import { foldingRanges } from './features/folding';
import { hoverAt } from './features/hover';
import { stageCompletions, stageHover } from './features/stage-field';
import { readinessOf } from './features/readiness';
import { documentSymbols } from './features/symbols';
import { readinessRequest, renderRequest, summarizeRequest, type Readiness, type ReadinessParams, type RenderParams, type RenderResult, type SummarizedDocument, type SummarizeParams } from '../../shared/src/protocol';
import { summarize } from './features/summary';
import { documentTitle, renderFragment, renderStandalone } from './render/index';
import type { LintConfig } from './rules/run';
import type { Finding } from './rules/types';
import { toLintConfig, type RawSettings } from './settings';
import { version } from './version';
import type { StartParseWorker } from './analysis/worker-host';
import type { WorkspaceFiles } from './analysis/workspace-files';
import { clientPullsDiagnostics, refreshPulledDiagnostics, servePullDiagnostics } from './pull-diagnostics';


/** What a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  ruleDocsBase?: unknown;
  settings?: RawSettings;
  parseTimeoutMs?: unknown;
  /** The browser client: where dist/web/parse-worker.js is (a worker started from a blob cannot find it itself). */
  parseWorkerUrl?: unknown;
  /** The VS Code client takes pushed diagnostics and checks closed files itself, though it could pull. */
  pushDiagnostics?: unknown;
}

export interface ServerHost {
  /**
   * Starts parse workers (a thread in Node, a Web Worker in the browser); without
   * one every document is parsed in place. Given the client's options, because in
   * the browser only the client knows where the worker's script is.
   */
  parseWorker?(options: InitializationOptions | undefined): StartParseWorker | undefined;
  /** Where the rule pages live, until the client says otherwise. */
  ruleDocsBase: string;
  /** Cores the host has: closed files are checked in up to two workers where there are two cores. */
  parallelism?: number;
  /** Reads the workspace's PR/FAQs for workspace diagnostics; the browser has none. */
  workspaceFiles?: WorkspaceFiles;
}

/** Lets queued messages (a keystroke's didChange) run before the next piece of a long task. */
function giveWay(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => void }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

export function startLanguageServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  /** Made at initialize, which may set the parse time limit. */
  let analyses: DocumentAnalyses;

  /** Where the rule pages live; the VS Code client passes a URI that works in remote windows too. */
  let ruleDocsBase = host.ruleDocsBase;
  /** Clients that answer workspace/configuration get per-document settings; others push them. */
  let pullsConfiguration = false;
  /** Only clients that say they can take a registration are sent one (eglot, for one, warns otherwise). */
  let registersConfigurationChanges = false;
  let pushedSettings: RawSettings | undefined;
  const configByUri = new Map<string, Promise<LintConfig>>();
  /** Editors that pull diagnostics (LSP 3.17) are not pushed any. */
  let pullsDiagnostics = false;
  let clientCapabilities: ClientCapabilities = {};
  let workspaceFolders: string[] = [];
  let settingsGeneration = 0;

  connection.onInitialize((params): InitializeResult => {
    const options = params.initializationOptions as InitializationOptions | undefined;
    const startWorker = host.parseWorker?.(options);
    analyses = new DocumentAnalyses({
      ...(startWorker ? { startWorker } : {}),
      checkWorkers: Math.min(2, host.parallelism ?? 1),
      reportError: (message) => connection.console.error(message),
      ...(typeof options?.parseTimeoutMs === 'number' && options.parseTimeoutMs > 0 ? { parseTimeoutMs: options.parseTimeoutMs } : {}),
    });
    if (typeof options?.ruleDocsBase === 'string') ruleDocsBase = options.ruleDocsBase.replace(/\/?$/, '/');
    pushedSettings = options?.settings;
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    registersConfigurationChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    clientCapabilities = params.capabilities;
    pullsDiagnostics = clientPullsDiagnostics(params.capabilities, options);
    workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const followsFolders = pullsDiagnostics && params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'PR/FAQ' },
        foldingRangeProvider: true,
        // "#" starts a heading (missing parts, core questions), "|" a table row (a metric).
        completionProvider: { triggerCharacters: ['#', '|'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds },
        ...(pullsDiagnostics ? { diagnosticProvider: { identifier: 'prfaq', interFileDependencies: false, workspaceDiagnostics: host.workspaceFiles !== undefined } } : {}),
        ...(followsFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'prfaq', version },
    };
  });

  connection.onInitialized(() => {
    if (pullsConfiguration && registersConfigurationChanges) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'prfaq' });
    if (pullsDiagnostics && clientCapabilities.workspace?.workspaceFolders === true) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((folder) => folder.uri));
        workspaceFolders = [...workspaceFolders.filter((uri) => !gone.has(uri)), ...added.map((folder) => folder.uri)];
        refreshPulledDiagnostics(connection, clientCapabilities);
      });
    }
  });

  function configFor(uri: string): Promise<LintConfig> {
    let config = configByUri.get(uri);
    if (!config) {
      const warn = (message: string) => connection.console.warn(message);
      config = pullsConfiguration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'prfaq' }).then(
            (raw: RawSettings | null) => toLintConfig(raw ?? undefined, warn),
            () => toLintConfig(pushedSettings, warn),
          )
        : Promise.resolve(toLintConfig(pushedSettings, warn));
      configByUri.set(uri, config);
    }
    return config;
  }

  /** Findings as LSP diagnostics, linked to the rule pages wherever the client said they live. */
  const diagnosticsOf = (findings: Finding[], uri: string) => findings.map((finding) => toDiagnostic(finding, uri, ruleDocsBase));

  async function publishDiagnostics(document: TextDocument): Promise<void> {
    if (pullsDiagnostics) return;
    const config = await configFor(document.uri);
    // A newer edit may have arrived meanwhile; its own call publishes.
    const isCurrent = () => documents.get(document.uri)?.version === document.version;
    if (!isCurrent()) return;
    const findings = await analyses.findings(document, config);
    if (!isCurrent()) return;
    await connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: diagnosticsOf(findings, document.uri),
    });
  }

  /** The analysis of an open document for a request; undefined once the request is cancelled or the document closed. */
  async function analysisFor(uri: string, token: CancellationToken): Promise<{ document: TextDocument; config: LintConfig; analysis: Analysis } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const config = await configFor(uri);
    // A cancelled request is answered at once, even while a large document is still being parsed.
    const analysis = await Promise.race([analyses.analysis(document, config), whenCancelled(token)]);
    return analysis && !token.isCancellationRequested ? { document, config, analysis } : undefined;
  }

  function whenCancelled(token: CancellationToken): Promise<undefined> {
    return new Promise((resolve) => {
      if (token.isCancellationRequested) resolve(undefined);
      else token.onCancellationRequested(() => resolve(undefined));
    });
  }

  connection.onDidChangeConfiguration((change) => {
    if (!pullsConfiguration) pushedSettings = (change.settings as { prfaq?: RawSettings } | undefined)?.prfaq ?? pushedSettings;
    configByUri.clear();
    settingsGeneration += 1;
    if (pullsDiagnostics) refreshPulledDiagnostics(connection, clientCapabilities);
    for (const document of documents.all()) void publishDiagnostics(document);
  });

  connection.onDocumentSymbol(async ({ textDocument }, token) => {
    const found = await analysisFor(textDocument.uri, token);
    return found ? documentSymbols(found.analysis.parsed.model) : null;
  });

  connection.onFoldingRanges(async ({ textDocument }, token) => {
    const found = await analysisFor(textDocument.uri, token);
    return found ? foldingRanges(found.analysis.parsed.model) : null;
  });

  connection.onCompletion(async ({ textDocument, position }, token) => {
    const found = await analysisFor(textDocument.uri, token);
    if (!found) return null;
    const line = lineAt(found.document, position.line);
    const model = found.analysis.parsed.model;
    return [...stageCompletions(model, line, position), ...completionsAt(model, line, position, new Date())];
  });

  function lineAt(document: TextDocument, line: number): string {
    return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  }

  /** The analysis and its findings, for requests that need both. */
  async function findingsFor(uri: string, token: CancellationToken) {
    const found = await analysisFor(uri, token);
    return found && { ...found, model: found.analysis.parsed.model, findings: await analyses.findings(found.document, found.config) };
  }

  connection.onHover(async ({ textDocument, position }, token) => {
    const found = await findingsFor(textDocument.uri, token);
    if (!found) return null;
    const stage = stageHover(found.model, lineAt(found.document, position.line), position, `${ruleDocsBase}../stages.md`);
    if (stage) return { contents: { kind: MarkupKind.Markdown, value: stage } };
    return hoverAt(found.model, found.findings, found.config, position, ruleDocsBase);
  });

  async function summarizeOpen(document: TextDocument, config: LintConfig) {
    const [analysis, findings] = await Promise.all([analyses.analysis(document, config), analyses.findings(document, config)]);
    return { findings, summary: summarize(analysis.parsed.model, findings, config) };
  }

  connection.onRequest(summarizeRequest, async (params: SummarizeParams, token: CancellationToken): Promise<SummarizedDocument[]> => {
    const configs = await Promise.all(params.documents.map(({ uri }) => configFor(uri)));
    const answer = async ({ uri, text }: SummarizeParams['documents'][number], index: number): Promise<SummarizedDocument> => {
      const config = configs[index]!;
      // An open document is answered as the editor has it, from the shared analysis.
      const open = documents.get(uri);
      const { findings, summary } = open ? await summarizeOpen(open, config) : await analyses.checkOnce(uri, text, config);
      return { uri, summary, diagnostics: diagnosticsOf(findings, uri) };
    };
    // Checked in workers, the whole batch is handed out at once, across them.
    if (analyses.checksInWorkers) return Promise.all(params.documents.map(answer));
    // Checked here, one at a time, giving way every few milliseconds so the writer's keystrokes are not kept waiting.
    const answered: SummarizedDocument[] = [];
    let sliceStarted = Date.now();
    for (const [index, document] of params.documents.entries()) {
      if (token.isCancellationRequested) break;
      answered.push(await answer(document, index));
      if (Date.now() - sliceStarted > 8) {
        await giveWay();
        sliceStarted = Date.now();
      }
    }
    return answered;
  });

  connection.onCodeAction(async (params, token) => {
    const found = await findingsFor(params.textDocument.uri, token);
    return found ? codeActions(found.findings, params, (finding) => toDiagnostic(finding, params.textDocument.uri, ruleDocsBase)) : null;
  });

  connection.onRequest(readinessRequest, async (params: ReadinessParams, token): Promise<Readiness | null> => {
    const found = await findingsFor(params.uri, token);
    return found ? readinessOf(found.model, found.findings, found.config) : null;
  });

  connection.onRequest(renderRequest, async (params: RenderParams, token): Promise<RenderResult | null> => {
    const found = await findingsFor(params.uri, token);
    if (!found) return null;
    const { document, config, analysis, findings } = found;
    const parsed = analysis.parsed;
    // A skipped document shows why, in place of the page.
    const notice = analysis.skipped ? findings[0]?.message : undefined;
    const options = { allowRemoteImages: params.allowRemoteImages === true, ...(notice ? { notice } : {}) };
    const standalone = params.standalone === true;
    // A large document's page is rendered in the parse worker: a 1.5 MB document takes seconds, and other requests must not wait.
    const inWorker = analysis.skipped ? undefined : await analyses.renderInWorker(document, config, { standalone, options });
    return {
      uri: document.uri,
      version: analysis.version,
      title: documentTitle(parsed),
      html: inWorker ?? (standalone ? renderStandalone(parsed, options) : renderFragment(parsed, options)),
      readiness: readinessOf(parsed.model, findings, config),
    };
  });

  documents.onDidChangeContent(({ document }) => void publishDiagnostics(document));
  documents.onDidClose(({ document }) => {
    analyses.forget(document.uri);
    configByUri.delete(document.uri);
    // A closed file's findings now come from the workspace pull, read from disk.
    if (pullsDiagnostics) refreshPulledDiagnostics(connection, clientCapabilities);
    else void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  servePullDiagnostics({
    connection,
    documents,
    files: host.workspaceFiles,
    folders: () => workspaceFolders,
    settingsGeneration: () => settingsGeneration,
    openDiagnostics: async (document, token) => {
      const found = await findingsFor(document.uri, token);
      return found && diagnosticsOf(found.findings, document.uri);
    },
    closedDiagnostics: async (uri, text) => {
      const { findings } = await analyses.checkOnce(uri, text, await configFor(uri));
      return diagnosticsOf(findings, uri);
    },
    giveWay,
  });

  connection.onShutdown(() => analyses?.dispose());

  documents.listen(connection);
  connection.listen();
}
