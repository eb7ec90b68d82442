// The preview commands, and one preview that follows the active PR/FAQ editor
// (like the built-in markdown preview), restored after a window reload.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { PreviewState } from './messages';
import { PreviewPanel, previewViewType } from './panel';

const isPrfaq = (document: vscode.TextDocument) => document.languageId === 'prfaq';

export class PreviewManager implements vscode.Disposable {
  private preview: PreviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly previewEmitter = new vscode.EventEmitter<PreviewPanel>();
  /** Fires when a preview panel is created or restored. */
  readonly onDidCreatePreview = this.previewEmitter.event;

  constructor(
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand('prfaq.openPreview', (uri?: vscode.Uri) => this.open(uri, false)),
      vscode.commands.registerCommand('prfaq.openPreviewToSide', (uri?: vscode.Uri) => this.open(uri, true)),
      vscode.window.registerWebviewPanelSerializer(previewViewType, {
        deserializeWebviewPanel: async (panel, state: PreviewState | undefined) => {
          this.restore(panel, state);
        },
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isPrfaq(editor.document) && this.preview) this.preview.show(editor.document.uri, editor.visibleRanges[0]?.start.line);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.preview && event.document.uri.toString() === this.preview.documentUri.toString()) this.preview.scheduleRender();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (this.preview && event.textEditor.document.uri.toString() === this.preview.documentUri.toString()) {
          this.preview.editorScrolled(event.visibleRanges[0]?.start.line ?? 0);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('prfaq')) this.preview?.reset();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.preview?.reset()),
      this.previewEmitter,
    );
  }

  get current(): PreviewPanel | undefined {
    return this.preview;
  }

  async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<PreviewPanel | undefined> {
    const editor = vscode.window.activeTextEditor;
    const target = uri ?? (editor && isPrfaq(editor.document) ? editor.document.uri : this.preview?.documentUri);
    if (!target) {
      void vscode.window.showInformationMessage('Open a PR/FAQ (*.prfaq.md) file first, then run PR/FAQ: Open Preview.');
      return undefined;
    }
    const line = editor?.document.uri.toString() === target.toString() ? editor.visibleRanges[0]?.start.line : undefined;
    const column = toSide ? vscode.ViewColumn.Beside : (editor?.viewColumn ?? vscode.ViewColumn.Active);
    if (this.preview) {
      this.preview.panel.reveal(column, toSide);
      this.preview.show(target, line);
      return this.preview;
    }
    const panel = vscode.window.createWebviewPanel(previewViewType, 'Preview', { viewColumn: column, preserveFocus: toSide }, { enableScripts: true, retainContextWhenHidden: false });
    return this.attach(panel, target, line);
  }

  /** Brings back a preview saved by the window (the webview's last state names its document). */
  restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): PreviewPanel | undefined {
    if (!state?.uri) {
      panel.dispose();
      return undefined;
    }
    return this.attach(panel, vscode.Uri.parse(state.uri), state.line);
  }

  private attach(panel: vscode.WebviewPanel, uri: vscode.Uri, line: number | undefined): PreviewPanel {
    this.preview?.dispose();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'images', 'icon.png');
    const preview = new PreviewPanel(panel, uri, this.client, this.extensionUri, line);
    preview.onDidDispose(() => {
      if (this.preview === preview) this.preview = undefined;
    });
    this.preview = preview;
    this.previewEmitter.fire(preview);
    return preview;
  }

  dispose(): void {
    this.preview?.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
