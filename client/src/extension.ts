// Activation: start the PR/FAQ language server and register the extension's commands.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const output = vscode.window.createOutputChannel('PR/FAQ', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'prfaq' }],
    outputChannel: output,
    initializationOptions: {
      // A URI the workbench can open, local or remote, for each rule's documentation page.
      ruleDocsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() + '/',
    },
  };

  client = new LanguageClient('prfaq', 'PR/FAQ', serverOptions, clientOptions);
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('prfaq.restartServer', async () => {
      await client?.restart();
      output.info('PR/FAQ language server restarted.');
    }),
    vscode.commands.registerCommand('prfaq.showOutput', () => output.show(true)),
  );
  await client.start();
  await vscode.commands.executeCommand('setContext', 'prfaq.serverStarted', true);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
