// Pull diagnostics (LSP 3.17), for editors that ask for them instead of taking
// pushed ones: an open document's findings on request, and the findings of
// every closed PR/FAQ in the workspace folders (workspace/diagnostic), as
// ESLint's server does. Each report carries a result id (the settings'
// generation and the document's version, or the file's modification stamp), so
// a client asking again hears "unchanged" for what did not change.
import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type TextDocuments,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceFiles } from './workspace/workspace-files';

export interface PullDiagnosticsContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Undefined where the host cannot read the workspace (the browser): only open documents are reported. */
  files: WorkspaceFiles | undefined;
  /** The workspace folders' URIs, as the client last said. */
  folders(): readonly string[];
  /** Goes up whenever the settings change, so every earlier result id is stale. */
  settingsGeneration(): number;
  openDiagnostics(document: TextDocument, token: CancellationToken): Promise<Diagnostic[] | undefined>;
  closedDiagnostics(uri: string, text: string): Promise<Diagnostic[]>;
  /** Lets queued messages (a keystroke) run before the next piece of a long scan. */
  giveWay(): Promise<void>;
}

/** Whether the client pulls diagnostics; then the server stops pushing them (an editor would show both). */
export function clientPullsDiagnostics(capabilities: ClientCapabilities, options: { pushDiagnostics?: unknown } | undefined): boolean {
  return capabilities.textDocument?.diagnostic !== undefined && options?.pushDiagnostics !== true;
}

/** How often a long workspace scan reports what it has and gives way to other messages. */
const sliceMs = 8;

export function servePullDiagnostics(context: PullDiagnosticsContext): void {
  const { connection, documents } = context;
  const resultIdOf = (stamp: string | number) => `${context.settingsGeneration()}:${stamp}`;

  connection.languages.diagnostics.on(async ({ textDocument, previousResultId }, token) => {
    const document = documents.get(textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = resultIdOf(document.version);
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const items = await context.openDiagnostics(document, token);
    // A cancelled request gets no id, so the next one is answered in full.
    return items ? { kind: DocumentDiagnosticReportKind.Full, resultId, items } : { kind: DocumentDiagnosticReportKind.Full, items: [] };
  });

  connection.languages.diagnostics.onWorkspace(async ({ previousResultIds }, token, _workDone, resultProgress) => {
    const files = context.files;
    if (!files) return { items: [] };
    const previous = new Map(previousResultIds.map(({ uri, value }) => [uri, value]));
    const listed = await files.list(context.folders());
    const reports: WorkspaceDocumentDiagnosticReport[] = [];
    let sliceStarted = Date.now();
    // With partial results, reports go out as they are made, and the response is empty (LSP 3.17).
    const flush = () => {
      if (resultProgress && reports.length > 0) resultProgress.report({ items: reports.splice(0) });
    };

    for (const uri of listed) {
      if (token.isCancellationRequested) break;
      // An open document is reported by the document pull, as the editor has it.
      if (documents.get(uri)) continue;
      const stamp = await files.stamp(uri);
      if (!stamp) continue;
      const resultId = resultIdOf(stamp);
      if (previous.get(uri) === resultId) {
        reports.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId });
      } else {
        const text = await files.read(uri);
        if (text !== undefined) reports.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: await context.closedDiagnostics(uri, text) });
      }
      if (Date.now() - sliceStarted > sliceMs) {
        flush();
        await context.giveWay();
        sliceStarted = Date.now();
      }
    }
    // A file reported before and gone since (deleted, renamed, moved out) is cleared; not after a cancelled scan, which did not look at everything.
    const stillThere = new Set(listed);
    for (const uri of token.isCancellationRequested ? [] : previous.keys()) {
      if (!stillThere.has(uri) && !documents.get(uri)) reports.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    }
    if (!resultProgress) return { items: reports };
    flush();
    return { items: [] };
  });
}

/** Asks a client that pulls to pull again (after the settings changed or a document closed), where it can be asked. */
export function refreshPulledDiagnostics(connection: Connection, capabilities: ClientCapabilities): void {
  if (capabilities.workspace?.diagnostics?.refreshSupport === true) void connection.languages.diagnostics.refresh().catch(() => {});
}
