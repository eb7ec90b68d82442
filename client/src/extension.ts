// Desktop VS Code (and remote windows): the language server runs as a Node
// process over IPC, and PDFs are printed with the user's browser.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateOn, deactivateClient, type PrfaqApi } from './activate';
import { nodeExportBackend } from './export/node-backend';

export type { PrfaqApi } from './activate';

export function activate(context: vscode.ExtensionContext): PrfaqApi {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  return activateOn(context, {
    kind: 'node',
    createClient: (options) => new LanguageClient('prfaq', 'PR/FAQ', serverOptions, options),
    exports: nodeExportBackend(context.extensionUri.fsPath),
  });
}

export const deactivate = deactivateClient;
