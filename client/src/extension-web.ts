// The browser (vscode.dev, github.dev, code-server's web worker host): the
// language server runs in a Web Worker (dist/web/server.js) and its large
// documents in a second one; Word documents are written in a third. No PDF.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateOn, deactivateClient, type PrfaqApi } from './activate';
import { webExportBackend } from './export/web-backend';
import { workerScriptUrl } from './web-worker-script';

/** The browser's Worker, as the message reader takes it (the client compiles without the DOM library). */
type BrowserWorker = ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
declare const Worker: new (url: string, options?: { name?: string }) => BrowserWorker;

export function activate(context: vscode.ExtensionContext): PrfaqApi {
  const script = (name: string) => workerScriptUrl(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', name));
  let server: BrowserWorker | undefined;
  let parseWorkerUrl: string | undefined;
  // A new worker for each start, so PR/FAQ: Restart Language Server and the
  // recovery after a crash get a fresh one; the old one is stopped first.
  const startServer = async (): Promise<MessageTransports> => {
    server?.terminate();
    // Without its parse worker the server parses every document in place.
    const [serverUrl, parseUrl] = await Promise.all([script('server.js'), script('parse-worker.js').catch(() => undefined)]);
    parseWorkerUrl = parseUrl;
    server = new Worker(serverUrl, { name: 'prfaq language server' });
    return { reader: new BrowserMessageReader(server), writer: new BrowserMessageWriter(server) };
  };
  return activateOn(context, {
    kind: 'web',
    createClient: (options) => new LanguageClient('prfaq', 'PR/FAQ', startServer, options),
    // The server's worker is started from a blob and cannot find its parse worker itself.
    serverOptions: () => (parseWorkerUrl ? { parseWorkerUrl } : {}),
    exports: webExportBackend(context.extensionUri),
  });
}

export const deactivate = deactivateClient;
