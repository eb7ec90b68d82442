// A JSON-RPC client for the language server over stdio, as an editor drives it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export interface LspSession {
  connection: ProtocolConnection;
  process: ChildProcessWithoutNullStreams;
  /** Resolves when diagnostics for `uri` at `version` arrive. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** Resident set size of the server process, in bytes (Linux /proc). */
  rss(): { current: number; peak: number };
  stop(): Promise<void>;
}

/** `nodeOptions` go to the server's Node, e.g. V8 heap flags to compare. */
export async function startLspSession(serverScript: string, nodeOptions: string[] = []): Promise<LspSession> {
  const child = spawn(process.execPath, [...nodeOptions, serverScript, '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<string, (params: PublishDiagnosticsParams) => void>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const key = `${params.uri}#${params.version}`;
    waiting.get(key)?.(params);
    waiting.delete(key);
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification(InitializedNotification.type, {});

  const diagnosticsFor = (uri: string, version: number) => new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(`${uri}#${version}`, resolve));
  return {
    connection,
    process: child,
    diagnosticsFor,
    open: async (uri, text, version = 1) => {
      const published = diagnosticsFor(uri, version);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'prfaq', version, text } });
      return published;
    },
    rss: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kilobytes = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN) * 1024;
      return { current: kilobytes('VmRSS'), peak: kilobytes('VmHWM') };
    },
    stop: async () => {
      connection.dispose();
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
