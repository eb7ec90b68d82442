// Keystroke → diagnostics as the extension host sees it, shared by the
// payloads: each edit adds or removes a "[TBD]" placeholder, so every
// keystroke changes the findings and the wait is for that exact change.
import * as vscode from 'vscode';

/** The first edits (the server starting, the first analysis) are not counted. */
const warmUp = 2;

export async function timeKeystrokes(editor: vscode.TextEditor, edits: number): Promise<number[]> {
  const uri = editor.document.uri;
  const placeholders = () => vscode.languages.getDiagnostics(uri).filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'placeholder').length;
  const findingsWhere = (accept: () => boolean) =>
    new Promise<void>((resolve) => {
      if (accept()) return resolve();
      const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
        if (!event.uris.some((changed) => changed.toString() === uri.toString()) || !accept()) return;
        subscription.dispose();
        resolve();
      });
    });
  // The findings of the document as it is, before the first timed edit.
  await findingsWhere(() => vscode.languages.getDiagnostics(uri).length > 0);
  const before = placeholders();
  const line = editor.document.lineAt(Math.floor(editor.document.lineCount / 2));
  const samples: number[] = [];
  for (let index = 0; index < warmUp + edits; index++) {
    const adding = index % 2 === 0;
    const started = performance.now();
    const seen = findingsWhere(() => placeholders() === before + (adding ? 1 : 0));
    await editor.edit((edit) => (adding ? edit.insert(line.range.end, ' [TBD]') : edit.delete(new vscode.Range(line.range.end, line.range.end.translate(0, 6)))));
    await seen;
    if (index >= warmUp) samples.push(performance.now() - started);
  }
  return samples;
}

export async function openExample(): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'examples', 'rebook.prfaq.md')));
}
