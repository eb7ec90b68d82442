// The language server on a connection the host made (Node's stdio or IPC, or
// a browser's Web Worker): one state (state.ts) and the handlers that read it
// (handlers/). The checks themselves are the engine's (core/src).
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { handleDiagnostics } from './handlers/diagnostics';
import { handleEditing } from './handlers/editing';
import { handleInitialize, handleInitialized } from './handlers/initialize';
import { handlePrfaqRequests } from './handlers/prfaq-requests';
import type { ServerHost } from './host';
import type { ServerState } from './state';

export type { InitializationOptions, ServerHost } from './host';

export function startLanguageServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  /** Made at initialize, which may set the parse time limit; every handler reads it. */
  let state: ServerState | undefined;
  const current = (): ServerState => {
    if (!state) throw new Error('the client sent a request before initialize');
    return state;
  };
  handleInitialize(connection, documents, host, (made) => (state = made));
  handleInitialized(connection, current);
  handleDiagnostics(connection, documents, host, current);
  handleEditing(connection, current);
  handlePrfaqRequests(connection, current);
  connection.onShutdown(() => state?.analyses.dispose());

  documents.listen(connection);
  connection.listen();
}
