// Runs inside the real editor's extension host, loaded by bench/editor.ts,
// in a workspace that holds the generated PR/FAQs (or, for the baseline run,
// only the example): how long the PR/FAQs view takes to list every file
// from activation (on a first opening, or a reopening that has the cache),
// and until every row has its findings,
// then keystroke → diagnostics in an open document, once with the workspace
// settled and once while every generated file is written again on disk (as
// a branch switch does), so each is checked again.
import * as vscode from 'vscode';
import type { PrfaqApi } from '../../client/src/extension';
import { openExample, timeKeystrokes } from './keystrokes';

const marker = '[prfaq-suite] ';
const edits = 40;

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<PrfaqApi>('prfaq.prfaq')!;
  const expected = (await vscode.workspace.findFiles('**/*.prfaq.md', '**/{node_modules,.git}/**')).length;
  // Opening the view may itself activate the extension: the clock starts before it.
  const started = performance.now();
  await vscode.commands.executeCommand('prfaq.funnel.focus');
  const prfaq = await extension.activate();
  const { documents, view } = prfaq.funnel;
  const listed = () => view.getChildren().flatMap((node) => (node.kind === 'stage' ? view.getChildren(node) : [node])).length;
  const checked = () => documents.all.filter((document) => document.checked).length;
  let firstRowsMs: number | undefined;
  let viewFilledMs: number | undefined;
  await new Promise<void>((resolve) => {
    const check = () => {
      const rows = listed();
      if (rows > 0 && firstRowsMs === undefined) firstRowsMs = performance.now() - started;
      if (rows >= expected && viewFilledMs === undefined) viewFilledMs = performance.now() - started;
      if (rows < expected || checked() < expected) return;
      subscription.dispose();
      resolve();
    };
    const subscription = documents.onDidChange(check);
    check();
  });
  // Every row with its findings and lengths.
  const allCheckedMs = performance.now() - started;
  // Written now for the reopening run, rather than after the usual quiet moment.
  await documents.save();

  const editor = await openExample();
  const settled = await timeKeystrokes(editor, edits);
  // Every generated file written again, over and over, while the writer types.
  const generated = await vscode.workspace.findFiles('ideas/**/*.prfaq.md');
  let typing = generated.length > 0;
  const rewrites = (async () => {
    let count = 0;
    while (typing) {
      for (const uri of generated) {
        if (!typing) break;
        await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(uri));
        count++;
      }
    }
    return count;
  })();
  const whileRewriting = await timeKeystrokes(editor, edits);
  typing = false;
  const rewriteCount = await rewrites;
  // The reopening run is to find the files as this run left them: wait until each rewritten file is checked again, and keep that.
  const upToDate = async () => (await Promise.all(generated.map(async (uri) => (await vscode.workspace.fs.stat(uri)).mtime === documents.get(uri)?.modified))).every(Boolean);
  while (!(await upToDate())) {
    await new Promise<void>((resolve) => {
      const subscription = documents.onDidChange(() => done());
      const timer = setTimeout(() => done(), 1000);
      const done = () => {
        subscription.dispose();
        clearTimeout(timer);
        resolve();
      };
    });
  }
  await documents.save();
  console.log(`${marker}bench: ${JSON.stringify({ files: expected, firstRowsMs, viewFilledMs, allCheckedMs, settled, whileRewriting, rewriteCount })}`);
  console.log(`${marker}editor: 1 passed, 0 failed`);
}
