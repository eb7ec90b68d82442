// Activation shared by desktop VS Code (extension.ts) and the browser
// (extension-web.ts): the language client, the preview, the status bar and
// the commands. Each host says how to start the server and how to export.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { ExportBackend } from './export/backend';
import { Exporter, type ExportRequest } from './export/exporter';
import { newDocument, type NewDocumentChoices } from './new-document';
import { ServerRecovery } from './server-recovery';
import { PreviewManager } from './preview/manager';
import { PrfaqStatusBar } from './status-bar';
import { ClosedFileChecks } from './funnel/closed-file-checks';
import { FunnelView, type FunnelSort } from './funnel/funnel-view';
import { WorkspaceDocuments } from './funnel/workspace-documents';

/** What the extension gives other extensions and its own tests. */
export interface PrfaqApi {
  /** Which build activated: desktop VS Code's (Node) or the browser's (a Web Worker). */
  host: ExtensionHostKind;
  previews: PreviewManager;
  /** The language client, so tests can follow its state across a server crash. */
  client: BaseLanguageClient;
  recovery: ServerRecovery;
  exportToHtml(uri?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined>;
  /** Export to HTML, PDF or Word; with a target, no dialog asks where. */
  exportDocument(request: ExportRequest): Promise<vscode.Uri | undefined>;
  measurePages: Exporter['measurePages'];
  statusBar: PrfaqStatusBar;
  /** Every PR/FAQ in the workspace, the PR/FAQs view, and the checks of closed files. */
  funnel: { documents: WorkspaceDocuments; view: FunnelView; closedFiles: ClosedFileChecks };
}

export type ExtensionHostKind = 'node' | 'web';

export interface ClientHost {
  kind: ExtensionHostKind;
  /** Makes the language client (not started) with these options. */
  createClient(options: LanguageClientOptions): BaseLanguageClient;
  /** Initialization options only this host's server needs, read as each server starts. */
  serverOptions?: () => Record<string, unknown>;
  exports: ExportBackend;
}

let client: BaseLanguageClient | undefined;

export function activateOn(context: vscode.ExtensionContext, host: ClientHost): PrfaqApi {
  const output = vscode.window.createOutputChannel('PR/FAQ', { log: true });
  const recovery = new ServerRecovery(output);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'prfaq' }],
    outputChannel: output,
    errorHandler: recovery,
    initializationOptions: () => ({
      // A URI the workbench can open, local or remote, for each rule's documentation page.
      ruleDocsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() + '/',
      // Closed files are read through workspace.fs (client/src/funnel), which works in remote and virtual workspaces too.
      pushDiagnostics: true,
      ...host.serverOptions?.(),
    }),
  };

  const languageClient = host.createClient(clientOptions);
  client = languageClient;
  const previews = new PreviewManager(languageClient, context.extensionUri);
  const statusBar = new PrfaqStatusBar(languageClient);
  const exporter = new Exporter(languageClient, () => previews.current?.documentUri, host.exports);
  const workspaceDocuments = new WorkspaceDocuments(languageClient, {
    folder: context.storageUri,
    key: () => JSON.stringify([context.extension.packageJSON.version, vscode.workspace.getConfiguration('prfaq'), ...(vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.workspace.getConfiguration('prfaq', folder.uri))]),
  });
  const funnel = { documents: workspaceDocuments, view: new FunnelView(workspaceDocuments, context.workspaceState), closedFiles: new ClosedFileChecks(workspaceDocuments, languageClient) };
  const api: PrfaqApi = {
    host: host.kind,
    previews,
    client: languageClient,
    recovery,
    statusBar,
    exportToHtml: (uri, target) => exporter.export({ format: 'html', uri, target }),
    exportDocument: (request) => exporter.export(request),
    measurePages: (uri) => exporter.measurePages(uri),
    funnel,
  };
  context.subscriptions.push(
    output,
    previews,
    statusBar,
    workspaceDocuments,
    funnel.view,
    funnel.closedFiles,
    vscode.commands.registerCommand('prfaq.funnel.refresh', () => workspaceDocuments.scan()),
    vscode.commands.registerCommand('prfaq.funnel.sort', async () => {
      const choices: Array<{ label: string; sort: FunnelSort }> = [
        { label: 'Name', sort: 'name' },
        { label: 'Readiness: most errors and warnings first', sort: 'readiness' },
        { label: 'Last changed: newest first', sort: 'changed' },
      ];
      const chosen = await vscode.window.showQuickPick(
        choices.map((choice) => ({ ...choice, description: choice.sort === funnel.view.sort ? 'current' : undefined })),
        { title: 'Sort the PR/FAQs by' },
      );
      if (chosen) await funnel.view.setSort(chosen.sort);
    }),
    vscode.commands.registerCommand('prfaq.funnel.toggleGrouping', () => funnel.view.setGroupByStage(!funnel.view.groupByStage)),
    vscode.commands.registerCommand('prfaq.newDocument', (choices?: NewDocumentChoices) => newDocument(choices)),
    vscode.commands.registerCommand('prfaq.restartServer', async () => {
      recovery.policy.reset();
      // A server that was given up on is stopped, not running: start it rather than restart it.
      if (languageClient.isRunning()) await languageClient.stop();
      await languageClient.start();
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
    () => {
      void workspaceDocuments.scan();
      return vscode.commands.executeCommand('setContext', 'prfaq.serverStarted', true);
    },
    (error: unknown) => output.error(`The PR/FAQ language server did not start: ${error instanceof Error ? error.message : String(error)}`),
  );
  return api;
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
  client = undefined;
}
