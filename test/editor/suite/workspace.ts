// The fixture workspace the runner opens, and helpers to open its files.
import * as vscode from 'vscode';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The real-editor tests need the fixture workspace open (test/editor/workspace).');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openInEditor(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}
