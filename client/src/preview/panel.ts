// One preview panel showing one PR/FAQ document at a time: renders through
// the language server, and keeps the editor and the preview scrolled together.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { renderRequest, type RenderParams, type RenderResult } from '../../../shared/src/protocol';
import { previewShell } from './html';
import type { FromWebview, PreviewState, ToWebview } from './messages';
import { previewSettings, type PreviewSettings } from './settings';

export const previewViewType = 'prfaq.preview';

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private document: vscode.Uri;
  private settings: PreviewSettings;
  private ready = false;
  private pendingLine: number | undefined;
  private renderTimer: NodeJS.Timeout | undefined;
  /** The top line the preview asked the editor to show: that scroll is not echoed back. */
  private expectedEditorTopLine: number | undefined;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  /** Fires after each update reaches the webview; tests and the benchmark wait on it. */
  private readonly renderedEmitter = new vscode.EventEmitter<RenderResult>();
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    document: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
    line?: number,
  ) {
    this.document = document;
    this.settings = previewSettings(document);
    this.pendingLine = line;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
    );
    this.reset();
  }

  get documentUri(): vscode.Uri {
    return this.document;
  }

  /** Shows another document; the page is rebuilt only when its folder or settings differ. */
  show(document: vscode.Uri, line?: number): void {
    const sameFolder = vscode.Uri.joinPath(document, '..').toString() === vscode.Uri.joinPath(this.document, '..').toString();
    this.document = document;
    this.pendingLine = line;
    if (!sameFolder) this.reset();
    else this.scheduleRender(0);
  }

  /** Rebuilds the page, for a new folder or changed preview settings. */
  reset(): void {
    this.settings = previewSettings(this.document);
    this.ready = false;
    const folder = vscode.workspace.getWorkspaceFolder(this.document)?.uri ?? vscode.Uri.joinPath(this.document, '..');
    this.panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), folder] };
    const state: PreviewState = { uri: this.document.toString(), ...(this.pendingLine !== undefined ? { line: this.pendingLine } : {}) };
    this.panel.webview.html = previewShell({ webview: this.panel.webview, extensionUri: this.extensionUri, documentUri: this.document, allowRemoteImages: this.settings.allowRemoteImages, paper: this.settings.paper, state });
  }

  private rendering = false;
  private renderAgain = false;

  /** Coalesces bursts of keystrokes into one render. */
  scheduleRender(delayMs = 16): void {
    clearTimeout(this.renderTimer);
    this.renderTimer = setTimeout(() => void this.render(), delayMs);
  }

  editorScrolled(topLine: number): void {
    const ours = this.expectedEditorTopLine === topLine;
    this.expectedEditorTopLine = undefined;
    if (!this.settings.scrollSync || ours) return;
    this.post({ type: 'scrollTo', line: topLine });
  }

  private async render(): Promise<void> {
    if (!this.ready) return;
    // One render at a time: on a large document a render takes seconds, and keystrokes
    // meanwhile must cost one more render afterwards, not a queue of them at the server.
    if (this.rendering) {
      this.renderAgain = true;
      return;
    }
    this.rendering = true;
    try {
      await this.renderNow();
    } finally {
      this.rendering = false;
      if (this.renderAgain) {
        this.renderAgain = false;
        void this.render();
      }
    }
  }

  private async renderNow(): Promise<void> {
    const uri = this.document;
    this.panel.title = `Preview ${uri.path.split('/').pop() ?? ''}`;
    try {
      const params: RenderParams = { uri: uri.toString(), allowRemoteImages: this.settings.allowRemoteImages };
      const result = await this.client.sendRequest<RenderResult | null>(renderRequest, params);
      if (uri.toString() !== this.document.toString()) return;
      if (!result) {
        this.post({ type: 'error', message: 'Open the PR/FAQ in an editor to preview it.' });
        return;
      }
      const line = this.pendingLine;
      this.pendingLine = undefined;
      this.post({ type: 'update', html: result.html, readiness: result.readiness, showReadiness: this.settings.showReadiness, ...(line !== undefined ? { line } : {}) });
      this.renderedEmitter.fire(result);
    } catch (error) {
      this.post({ type: 'error', message: `The preview could not be rendered: ${error instanceof Error ? error.message : String(error)}. Run "PR/FAQ: Show Output" for details.` });
    }
  }

  private onMessage(message: FromWebview): void {
    if (message.type === 'ready') {
      this.ready = true;
      void this.render();
    } else if (message.type === 'revealLine' && this.settings.scrollSync) {
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document.uri.toString() !== this.document.toString()) continue;
        const position = new vscode.Position(Math.min(message.line, editor.document.lineCount - 1), 0);
        if (editor.visibleRanges[0]?.start.line === position.line) continue;
        this.expectedEditorTopLine = position.line;
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
      }
    } else if (message.type === 'openLine' && this.settings.doubleClickToEdit) {
      void this.openLine(message.line);
    }
  }

  private async openLine(line: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.document.toString());
    const document = await vscode.workspace.openTextDocument(this.document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const position = new vscode.Position(Math.min(line, document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    clearTimeout(this.renderTimer);
    this.disposeEmitter.fire();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.disposeEmitter.dispose();
    this.renderedEmitter.dispose();
    this.panel.dispose();
  }
}
