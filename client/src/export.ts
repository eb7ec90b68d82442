// PR/FAQ: Export to HTML — the announcement as a standalone page with its styles inlined.
import * as vscode from 'vscode';
import { fileExists } from './file-exists';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderRequest, type RenderParams, type RenderResult } from '../../server/src/protocol';

/** Without `target`, a save dialog asks where to write; with one (from a task or another extension), an existing file is replaced only after asking. */
export async function exportToHtml(client: LanguageClient, uri: vscode.Uri | undefined, fallback: vscode.Uri | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  const source = uri ?? (editor?.document.languageId === 'prfaq' ? editor.document.uri : fallback);
  if (!source) {
    void vscode.window.showInformationMessage('Open a PR/FAQ (*.prfaq.md) file first, then run PR/FAQ: Export to HTML.');
    return undefined;
  }
  // The server renders open documents only.
  await vscode.workspace.openTextDocument(source);
  const params: RenderParams = { uri: source.toString(), standalone: true, allowRemoteImages: false };
  const result = await client.sendRequest<RenderResult | null>(renderRequest, params);
  if (!result) {
    void vscode.window.showErrorMessage(`Could not render ${source.path}: the PR/FAQ language server does not have it open.`);
    return undefined;
  }
  const suggested = source.with({ path: source.path.replace(/(\.prfaq)?\.md$/i, '') + '.html' });
  const destination = target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { HTML: ['html'] }, saveLabel: 'Export', title: 'Export PR/FAQ to HTML' }));
  if (!destination) return undefined;
  // The save dialog asks before it replaces a file itself; a given target is checked here.
  if (target && (await fileExists(target))) {
    const choice = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target)} already exists. Replace it?`, { modal: true }, 'Replace');
    if (choice !== 'Replace') return undefined;
  }
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.html));
  void vscode.window.showInformationMessage(`Exported the PR/FAQ to ${vscode.workspace.asRelativePath(destination)}.`, 'Open in Browser').then((choice) => {
    if (choice) void vscode.env.openExternal(destination);
  });
  return destination;
}
