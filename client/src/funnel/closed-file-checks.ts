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
      documents.onDidChange((uris) => this.schedule(uris)),
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

  /** Updates the files that changed, or every file when none are named (the setting changed). */
  private schedule(uris?: vscode.Uri[]): void {
    this.updating = this.updating.then(() => this.update(uris));
  }

  private async update(uris?: vscode.Uri[]): Promise<void> {
    if (!this.enabled) {
      this.collection.clear();
      return;
    }
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const entries: Array<[vscode.Uri, vscode.Diagnostic[] | undefined]> = [];
    for (const uri of uris ?? this.documents.all.map((document) => document.uri)) {
      const document = this.documents.get(uri);
      // Listed but not checked yet: its findings come with its check.
      if (document && !document.checked) continue;
      // An open file's findings are the language client's; a file that went has none.
      if (!document || open.has(uri.toString())) entries.push([uri, undefined]);
      // The client's converter, so closed and open files show findings the same way (codes, links, related lines).
      else entries.push([uri, await this.client.protocol2CodeConverter.asDiagnostics(document.diagnostics as Parameters<BaseLanguageClient['protocol2CodeConverter']['asDiagnostics']>[0])]);
    }
    // One message to the workbench per batch, not one per file.
    this.collection.set(entries);
    if (!uris) {
      this.collection.forEach((uri) => {
        if (!this.documents.get(uri)) this.collection.delete(uri);
      });
    }
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
