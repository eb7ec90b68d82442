// Findings as the editor shows them: pushed after every change to an open
// document, or pulled by editors that ask (LSP 3.17), and again for every open
// document when the settings change.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RawSettings } from '../../../core/src/index';
import type { ServerHost } from '../host';
import { refreshPulledDiagnostics, servePullDiagnostics } from '../pull-diagnostics';
import { giveWay, type ServerState } from '../state';

export function handleDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, host: ServerHost, state: () => ServerState): void {
  async function publish(document: TextDocument): Promise<void> {
    const server = state();
    if (server.pullsDiagnostics) return;
    const config = await server.configFor(document.uri);
    // A newer edit may have arrived meanwhile; its own call publishes.
    const isCurrent = () => documents.get(document.uri)?.version === document.version;
    if (!isCurrent()) return;
    const { findings } = await server.analyses.analysis(document, config);
    if (!isCurrent()) return;
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: server.diagnosticsOf(findings, document.uri) });
  }

  documents.onDidChangeContent(({ document }) => void publish(document));
  documents.onDidClose(({ document }) => {
    const server = state();
    server.forget(document.uri);
    // A closed file's findings now come from the workspace pull, read from disk.
    if (server.pullsDiagnostics) refreshPulledDiagnostics(connection, server.clientCapabilities);
    else void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    const server = state();
    server.settingsChanged((change.settings as { prfaq?: RawSettings } | undefined)?.prfaq);
    if (server.pullsDiagnostics) refreshPulledDiagnostics(connection, server.clientCapabilities);
    for (const document of documents.all()) void publish(document);
  });

  servePullDiagnostics({
    connection,
    documents,
    files: host.workspaceFiles,
    folders: () => state().workspaceFolders,
    settingsGeneration: () => state().settingsGeneration,
    openDiagnostics: async (document, token) => {
      const found = await state().analysisFor(document.uri, token);
      return found && state().diagnosticsOf(found.analysis.findings, document.uri);
    },
    closedDiagnostics: async (uri, text) => {
      const { findings } = await state().analyses.checkOnce(uri, text, await state().configFor(uri));
      return state().diagnosticsOf(findings, uri);
    },
    giveWay,
  });
}
