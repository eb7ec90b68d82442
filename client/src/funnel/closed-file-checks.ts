// Findings for the PR/FAQs no editor has open, in the Problems panel, as
// ESLint's workspace linting shows them: from the workspace scan, in a
// collection of their own. An open file's findings come from the language
// client instead, so a file is in one collection at a time.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { WorkspaceDocuments } from './workspace-documents';

export const checkClosedFilesSetting = 'workspace.checkClosedFiles';

export class ClosedFileChecks implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('prfaq-workspace');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private updating = Promise.resolve();

  constructor(
    private readonly documents: WorkspaceDocuments,
    private readonly client: BaseLanguageClient,
  ) {
    this.disposables.push(
      documents.onDidChange(() => this.schedule()),
      vscode.workspace.onDidOpenTextDocument((document) => this.collection.delete(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`prfaq.${checkClosedFilesSetting}`)) this.schedule();
      }),
    );
  }

  get enabled(): boolean {
    return vscode.workspace.getConfiguration('prfaq').get<boolean>(checkClosedFilesSetting, true);
  }

  /** Resolves once the collection matches the workspace scan as it stands. */
  settled(): Promise<void> {
    return this.updating;
  }

  private schedule(): void {
    this.updating = this.updating.then(() => this.update());
  }

  private async update(): Promise<void> {
    if (!this.enabled) {
      this.collection.clear();
      return;
    }
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    for (const document of this.documents.all) {
      if (open.has(document.uri.toString())) this.collection.delete(document.uri);
      // The client's converter, so closed and open files show findings the same way (codes, links, related lines).
      else this.collection.set(document.uri, await this.client.protocol2CodeConverter.asDiagnostics(document.diagnostics as Parameters<BaseLanguageClient['protocol2CodeConverter']['asDiagnostics']>[0]));
    }
    this.collection.forEach((uri) => {
      if (!this.documents.get(uri)) this.collection.delete(uri);
    });
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
