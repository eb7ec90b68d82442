// initialize and initialized: what the server can do, what the client can,
// and the state every other handler reads.
import { DidChangeConfigurationNotification, TextDocumentSyncKind, type Connection, type InitializeResult, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyses } from '../analysis/documents';
import { codeActionKinds } from '../features/code-actions';
import type { InitializationOptions, ServerHost } from '../host';
import { clientPullsDiagnostics, refreshPulledDiagnostics } from '../pull-diagnostics';
import { ServerState } from '../state';
import { version } from '../version';

export function handleInitialize(connection: Connection, documents: TextDocuments<TextDocument>, host: ServerHost, started: (state: ServerState) => void): void {
  connection.onInitialize((params): InitializeResult => {
    const options = params.initializationOptions as InitializationOptions | undefined;
    const startWorker = host.parseWorker?.(options);
    const analyses = new DocumentAnalyses({
      ...(startWorker ? { startWorker } : {}),
      checkWorkers: Math.min(2, host.parallelism ?? 1),
      reportError: (message) => connection.console.error(message),
      ...(typeof options?.parseTimeoutMs === 'number' && options.parseTimeoutMs > 0 ? { parseTimeoutMs: options.parseTimeoutMs } : {}),
    });
    const state = new ServerState(connection, documents, analyses, typeof options?.ruleDocsBase === 'string' ? options.ruleDocsBase.replace(/\/?$/, '/') : host.ruleDocsBase);
    state.pushedSettings = options?.settings;
    state.pullsConfiguration = params.capabilities.workspace?.configuration === true;
    state.registersConfigurationChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    state.clientCapabilities = params.capabilities;
    state.pullsDiagnostics = clientPullsDiagnostics(params.capabilities, options);
    state.workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    started(state);
    const followsFolders = state.pullsDiagnostics && params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'PR/FAQ' },
        foldingRangeProvider: true,
        // "#" starts a heading (missing parts, core questions), "|" a table row (a metric).
        completionProvider: { triggerCharacters: ['#', '|'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds },
        ...(state.pullsDiagnostics ? { diagnosticProvider: { identifier: 'prfaq', interFileDependencies: false, workspaceDiagnostics: host.workspaceFiles !== undefined } } : {}),
        ...(followsFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'prfaq', version },
    };
  });
}

export function handleInitialized(connection: Connection, state: () => ServerState): void {
  connection.onInitialized(() => {
    const { pullsConfiguration, registersConfigurationChanges, pullsDiagnostics, clientCapabilities } = state();
    if (pullsConfiguration && registersConfigurationChanges) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'prfaq' });
    if (pullsDiagnostics && clientCapabilities.workspace?.workspaceFolders === true) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((folder) => folder.uri));
        state().workspaceFolders = [...state().workspaceFolders.filter((uri) => !gone.has(uri)), ...added.map((folder) => folder.uri)];
        refreshPulledDiagnostics(connection, clientCapabilities);
      });
    }
  });
}
