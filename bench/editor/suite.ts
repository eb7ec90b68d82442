// Runs inside the real editor's extension host (code-server), loaded by
// bench/editor.ts: extension activation, and edit → preview update as the
// extension sees it. Prints one JSON line for the runner outside.
import * as vscode from 'vscode';
import type { PrfaqApi } from '../../client/src/extension';

const marker = '[prfaq-suite] ';
const edits = 40;

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<PrfaqApi>('prfaq.prfaq');
  if (!extension || extension.isActive) throw new Error('bench: the extension must be installed and not yet active');
  // Nothing has loaded the extension yet: this is its whole activation, code loading included.
  const started = performance.now();
  const prfaq = await extension.activate();
  const activationMs = performance.now() - started;

  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'examples', 'rebook.prfaq.md')));
  await vscode.commands.executeCommand('prfaq.openPreviewToSide');
  const panel = prfaq.previews.current;
  if (!panel) throw new Error('bench: the preview did not open');
  await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);

  const samples: number[] = [];
  const line = Math.floor(editor.document.lineCount / 2);
  for (let index = 0; index < edits; index++) {
    const rendered = new Promise<void>((resolve) => {
      const subscription = panel.onDidRender((result) => {
        if (result.version !== editor.document.version) return;
        subscription.dispose();
        resolve();
      });
    });
    const editStarted = performance.now();
    await editor.edit((edit) => edit.insert(editor.document.lineAt(line).range.end, 'x'));
    await rendered;
    samples.push(performance.now() - editStarted);
  }
  console.log(`${marker}bench: ${JSON.stringify({ activationMs, editToPreviewMs: samples })}`);
  console.log(`${marker}editor: 1 passed, 0 failed`);
}
