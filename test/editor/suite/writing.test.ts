// A new writer's path, in the real editor: the walkthrough, a new PR/FAQ from a template,
// snippets and completions to fill it, quick fixes and fix-all on save for the findings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from './prfaq-api';
import { codeOf, waitForDiagnostics } from './wait';
import { workspaceFile } from './workspace';

const folder = () => workspaceFile('.');
const endOf = (document: vscode.TextDocument) => document.lineAt(document.lineCount - 1).range.end;

async function newPrfaq(template: string, product: string): Promise<vscode.TextEditor> {
  const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('prfaq.newDocument', { template, product, customer: 'harbour masters', folder: folder() });
  assert.ok(editor, 'the command opens the new PR/FAQ');
  await vscode.commands.executeCommand('leaveSnippet');
  return editor;
}

async function typeAtEnd(editor: vscode.TextEditor, text: string): Promise<void> {
  await editor.edit((edit) => edit.insert(endOf(editor.document), text));
}

describe('writing assistance: from the walkthrough to a fixed PR/FAQ', () => {
  const created: vscode.Uri[] = [];
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('contributes a getting-started walkthrough that opens', async () => {
    const extension = vscode.extensions.getExtension('prfaq.prfaq')!;
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as Array<{ id: string; steps: Array<{ id: string; description: string }> }>;
    assert.deepEqual(walkthrough!.steps.map((step) => step.id), ['create', 'write', 'findings', 'preview', 'commandLine']);
    assert.match(walkthrough!.steps[0]!.description, /command:prfaq\.newDocument/);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `prfaq.prfaq#${walkthrough!.id}`, false);
  });

  it('creates a PR/FAQ from a template with the first placeholder selected, and never overwrites a file', async () => {
    const prfaq = await api();
    const statusShown = new Promise<string>((resolve) => prfaq.statusBar.onDidUpdate(() => resolve(prfaq.statusBar.text)));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('prfaq.newDocument', { template: 'full', product: 'Tide Tables', customer: 'harbour masters', folder: folder() });
    created.push(editor.document.uri);
    assert.equal(editor.document.uri.path, workspaceFile('tide-tables.prfaq.md').path);
    assert.equal(editor.document.getText(editor.selection), '[DOES WHAT]', 'the first tab stop is active');
    assert.match(editor.document.getText(), /^### Tide Tables \[DOES WHAT\] for harbour masters$/m);
    await vscode.commands.executeCommand('type', { text: 'tells' });
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /^### Tide Tables tells for harbour masters$/);
    await vscode.commands.executeCommand('leaveSnippet');
    // The template writes `stage: draft`, which the status bar shows once the server has read it.
    assert.match(await statusShown, /^\$\(book\) PR \d+\/650 words · FAQ \d\.\d\/5 pages(?: · Draft)?$/);

    await editor.document.save();
    const second = await newPrfaq('press-release', 'Tide Tables');
    created.push(second.document.uri);
    assert.equal(second.document.uri.path, workspaceFile('tide-tables-2.prfaq.md').path);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('tide-tables.prfaq.md'))), /Tide Tables tells for harbour masters/, 'the first file is untouched');
  });

  it('fills a press-release-only draft with a snippet and completions until no part is missing', async () => {
    const editor = await newPrfaq('press-release', 'Harbour Log');
    created.push(editor.document.uri);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (found) => found.filter((d) => codeOf(d) === 'missing-section').length === 3, 'three missing parts');

    // A contributed snippet, by name, as the Insert Snippet command does it.
    editor.selection = new vscode.Selection(endOf(editor.document), endOf(editor.document));
    await typeAtEnd(editor, '\n');
    editor.selection = new vscode.Selection(endOf(editor.document), endOf(editor.document));
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'prfaq', name: 'Customer FAQ' });
    await vscode.commands.executeCommand('leaveSnippet');
    assert.match(editor.document.getText(), /## Customer FAQ\n\n### How much does \[PRODUCT\] cost\?/);
    await waitForDiagnostics(uri, (found) => found.filter((d) => codeOf(d) === 'missing-section').length === 2, 'the customer FAQ to count');

    // Completions at a new heading: the parts still missing, in order; the writer takes the first each time.
    const offered: string[][] = [];
    for (let left = 2; left > 0; left--) {
      await typeAtEnd(editor, '\n## ');
      const position = endOf(editor.document);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, '#');
      const parts = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Module).sort((a, b) => a.sortText!.localeCompare(b.sortText!));
      offered.push(parts.map((item) => String(item.label)));
      await editor.insertSnippet(parts[0]!.insertText as vscode.SnippetString, new vscode.Range(position.line, 0, position.line, position.character));
      await vscode.commands.executeCommand('leaveSnippet');
    }
    assert.deepEqual(offered, [['Internal FAQ', 'Success Metrics'], ['Success Metrics']]);
    await waitForDiagnostics(uri, (found) => !found.some((d) => ['missing-section', 'section-order', 'internal-faq-core-topics'].includes(codeOf(d) ?? '')), 'no part missing or out of order');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(editor.document.getText().split('\n').indexOf('## Press Release'), 4));
    const hoverText = hovers.flatMap((hover) => hover.contents.map((content) => (content as vscode.MarkdownString).value)).join('\n');
    assert.match(hoverText, /Length: \d+ of 650 words/);
  });

  it('fixes a finding with a quick fix, and the safe ones all at once on save', async () => {
    const editor = await newPrfaq('full', 'Quay Finder');
    created.push(editor.document.uri);
    const uri = editor.document.uri;
    const text = editor.document.getText().replace('### How do I get help?', '### Getting help').replace('### How does it work?', '### How it works');
    await editor.edit((edit) => edit.replace(new vscode.Range(new vscode.Position(0, 0), endOf(editor.document)), text));
    const diagnostics = await waitForDiagnostics(uri, (found) => found.filter((d) => codeOf(d) === 'question-mark').length === 2, 'two statements in the customer FAQ');

    const target = diagnostics.find((d) => codeOf(d) === 'question-mark')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range);
    const fix = actions.find((action) => action.title === 'Add "?" at the end of the question');
    assert.ok(fix?.edit, `the quick fix among: ${actions.map((action) => action.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /^### How it works\?$/m);
    await waitForDiagnostics(uri, (found) => found.filter((d) => codeOf(d) === 'question-mark').length === 1, 'one statement left');

    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'prfaq' });
    await settings.update('codeActionsOnSave', { 'source.fixAll.prfaq': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      await editor.document.save();
      assert.match(editor.document.getText(), /^### Getting help\?$/m, 'fix-all ran on save');
      await waitForDiagnostics(uri, (found) => !found.some((d) => codeOf(d) === 'question-mark'), 'no statement left');
    } finally {
      await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });
});
