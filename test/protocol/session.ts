// An initialized server session with helpers to open documents and wait for their diagnostics.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  type ClientCapabilities,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { fixturesFolder, startServer, type ServerUnderTest } from './server-process';

export interface Session extends ServerUnderTest {
  /** Opens a document and resolves with its first diagnostics. */
  open(uri: string, text: string): Promise<PublishDiagnosticsParams>;
  openFixture(relative: string): Promise<{ uri: string; text: string; diagnostics: PublishDiagnosticsParams }>;
}

/** `settings` answers workspace/configuration for section "prfaq" when given. */
export async function startSession(settings?: () => unknown, initializationOptions?: Record<string, unknown>): Promise<Session> {
  const server = startServer();
  const capabilities: ClientCapabilities = settings ? { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } } : {};
  if (settings) server.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings()));
  server.connection.onRequest('client/registerCapability', () => null);
  await server.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, initializationOptions });
  await server.connection.sendNotification(InitializedNotification.type, {});
  let version = 0;
  const open = async (uri: string, text: string) => {
    const published = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'prfaq', version: ++version, text } });
    return published;
  };
  return {
    ...server,
    open,
    openFixture: async (relative) => {
      const file = path.join(fixturesFolder, relative);
      const text = fs.readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).href;
      return { uri, text, diagnostics: await open(uri, text) };
    },
  };
}
