// Spawns the built language server over stdio and connects a JSON-RPC client to it,
// as another editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const serverPath = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface ServerUnderTest {
  connection: ProtocolConnection;
  process: ChildProcessWithoutNullStreams;
  /** Resolves with the next diagnostics published for `uri` that `accept` takes. */
  nextDiagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  stderr(): string;
}

export const fixturesFolder = path.resolve(__dirname, '..', 'fixtures');

export function startServer(): ServerUnderTest {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

  const waiting: Array<{ uri: string; accept: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const index = waiting.findIndex((waiter) => waiter.uri === params.uri && waiter.accept(params));
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(params);
  });
  connection.listen();

  return {
    connection,
    process: child,
    nextDiagnostics: (uri, accept = () => true) => new Promise((resolve) => waiting.push({ uri, accept, resolve })),
    stderr: () => stderr,
  };
}
