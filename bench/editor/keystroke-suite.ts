// Runs inside a real editor's extension host, desktop (Node) or browser (web
// worker), loaded by bench/editor.ts: keystroke → diagnostics as the extension
// host sees them. Each edit adds or removes a "[TBD]" placeholder, so every
// keystroke changes the findings and the wait is for that exact change.
import * as vscode from 'vscode';
import type { PrfaqApi } from '../../client/src/extension';

const marker = '[prfaq-suite] ';
const edits = 40;

export async function run(): Promise<void> {
  const prfaq = await vscode.extensions.getExtension<PrfaqApi>('prfaq.prfaq')!.activate();
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'examples', 'rebook.prfaq.md')));
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
  const before = placeholders();
  // The first two edits (the server starting, the first analysis) are not counted.
  const warmUp = 2;
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
  console.log(`${marker}bench: ${JSON.stringify({ host: prfaq.host, keystrokeToDiagnosticsMs: samples })}`);
  console.log(`${marker}${prfaq.host === 'web' ? 'web' : 'editor'}: 1 passed, 0 failed`);
}
