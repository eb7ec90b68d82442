// Activation: start the PR/FAQ language server, the preview and the commands.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Exporter, type ExportRequest } from './export';
import { newDocument, type NewDocumentChoices } from './new-document';
import { ServerRecovery } from './server-recovery';
import { PreviewManager } from './preview/manager';
import { PrfaqStatusBar } from './status-bar';

/** What the extension gives other extensions and its own tests. */
export interface PrfaqApi {
  previews: PreviewManager;
  /** The language client, so tests can follow its state across a server crash. */
  client: LanguageClient;
  recovery: ServerRecovery;
  exportToHtml(uri?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined>;
  /** Export to HTML, PDF or Word; with a target, no dialog asks where. */
  exportDocument(request: ExportRequest): Promise<vscode.Uri | undefined>;
  measurePages: Exporter['measurePages'];
  statusBar: PrfaqStatusBar;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PrfaqApi {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const output = vscode.window.createOutputChannel('PR/FAQ', { log: true });
  const recovery = new ServerRecovery(output);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'prfaq' }],
    outputChannel: output,
    errorHandler: recovery,
    initializationOptions: {
      // A URI the workbench can open, local or remote, for each rule's documentation page.
      ruleDocsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() + '/',
    },
  };

  const languageClient = new LanguageClient('prfaq', 'PR/FAQ', serverOptions, clientOptions);
  client = languageClient;
  const previews = new PreviewManager(languageClient, context.extensionUri);
  const statusBar = new PrfaqStatusBar(languageClient);
  const exporter = new Exporter(languageClient, () => previews.current?.documentUri);
  const api: PrfaqApi = {
    previews,
    client: languageClient,
    recovery,
    statusBar,
    exportToHtml: (uri, target) => exporter.export({ format: 'html', uri, target }),
    exportDocument: (request) => exporter.export(request),
    measurePages: (uri) => exporter.measurePages(uri),
  };
  context.subscriptions.push(
    output,
    previews,
    statusBar,
    vscode.commands.registerCommand('prfaq.newDocument', (choices?: NewDocumentChoices) => newDocument(choices)),
    vscode.commands.registerCommand('prfaq.restartServer', async () => {
      recovery.policy.reset();
      // A server that was given up on is stopped, not running: start it rather than restart it.
      if (languageClient.isRunning()) await languageClient.restart();
      else await languageClient.start();
      output.info('PR/FAQ language server restarted.');
    }),
    vscode.commands.registerCommand('prfaq.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('prfaq.exportHtml', (uri?: vscode.Uri, target?: vscode.Uri) => api.exportToHtml(uri, target)),
    vscode.commands.registerCommand('prfaq.export', (uri?: vscode.Uri) => exporter.pick(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('prfaq.exportPdf', (uri?: vscode.Uri, target?: vscode.Uri) => exporter.export({ format: 'pdf', uri, target })),
    vscode.commands.registerCommand('prfaq.exportWord', (uri?: vscode.Uri, target?: vscode.Uri) => exporter.export({ format: 'docx', uri, target })),
    vscode.commands.registerCommand('prfaq.measurePages', (uri?: vscode.Uri) => exporter.measurePages(uri instanceof vscode.Uri ? uri : undefined)),
  );
  // Activation returns at once and the server starts behind it: requests made
  // meanwhile (the preview's, say) wait for it inside the client.
  languageClient.start().then(
    () => vscode.commands.executeCommand('setContext', 'prfaq.serverStarted', true),
    (error: unknown) => output.error(`The PR/FAQ language server did not start: ${error instanceof Error ? error.message : String(error)}`),
  );
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
