// The browser build in VS Code's web worker extension host, as vscode.dev and
// github.dev run it: no Node, the language server and its parse worker in Web
// Workers, files through the workspace file system.
import * as vscode from 'vscode';
import { api, nextRender } from '../suite/prfaq-api';
import { codeOf, waitForDiagnostics } from '../suite/wait';
import { openInEditor, workspaceFile } from '../suite/workspace';
import { equal, match, ok } from './expect';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the extension in the browser', () => {
  it('runs its browser build in the web worker extension host, with no Node', async () => {
    const prfaq = await api();
    equal(prfaq.host, 'web', 'the build that activated');
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
    equal(vscode.extensions.getExtension('prfaq.prfaq')?.extensionKind, vscode.ExtensionKind.UI, 'where the extension runs');
    const process = (globalThis as { process?: { versions?: { node?: string } } }).process;
    equal(process?.versions?.node, undefined, 'Node version of this host');
    equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker global');
  });

  it('publishes findings from the language server in its Web Worker, and follows edits', async () => {
    const editor = await openInEditor('no-press-release.prfaq.md');
    const uri = editor.document.uri;
    const [finding] = (await waitForDiagnostics(uri, (found) => found.some((d) => codeOf(d) === 'missing-press-release'), 'missing-press-release')).filter((d) => codeOf(d) === 'missing-press-release');
    equal(finding!.severity, vscode.DiagnosticSeverity.Error, 'severity');
    const documentation = typeof finding!.code === 'object' ? finding!.code.target.toString() : '';
    match(documentation, /docs\/rules\/missing-press-release\.md$/, 'the rule page link');
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), '## Press Release\n\nSEATTLE, WA — June 1, 2027 — Teams plan faster with Tally.\n\n'));
    await waitForDiagnostics(uri, (found) => !found.some((d) => codeOf(d) === 'missing-press-release'), 'the finding gone after adding a press release');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('creates a PR/FAQ with New PR/FAQ…, and gives the status bar, a snippet, completions, hovers and folding', async () => {
    const prfaq = await api();
    const statusShown = new Promise<string>((resolve) => prfaq.statusBar.onDidUpdate(() => resolve(prfaq.statusBar.text)));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('prfaq.newDocument', { template: 'press-release', product: 'Tide Tables', customer: 'harbour masters', folder: workspaceFile('.') });
    await vscode.commands.executeCommand('leaveSnippet');
    const uri = editor.document.uri;
    equal(uri.path, workspaceFile('tide-tables.prfaq.md').path, 'the new file');
    match(await statusShown, /^\$\(book\) PR \d+\/650 words/, 'the status bar');
    await waitForDiagnostics(uri, (found) => found.filter((d) => codeOf(d) === 'missing-section').length === 3, 'three missing parts');

    const end = () => editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end(), '\n'));
    editor.selection = new vscode.Selection(end(), end());
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'prfaq', name: 'Customer FAQ' });
    await vscode.commands.executeCommand('leaveSnippet');
    await waitForDiagnostics(uri, (found) => found.filter((d) => codeOf(d) === 'missing-section').length === 2, 'the snippet\'s customer FAQ to count');

    await editor.edit((edit) => edit.insert(end(), '\n## '));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, end(), '#');
    const parts = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Module).map((item) => String(item.label)).sort();
    equal(parts.join(', '), 'Internal FAQ, Success Metrics', 'the parts offered at a new heading');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(editor.document.getText().split('\n').indexOf('## Press Release'), 4));
    match(hovers.flatMap((hover) => hover.contents.map((content) => (content as vscode.MarkdownString).value)).join('\n'), /Length: \d+ of 650 words/, 'the press release hover');
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    ok(folds.length >= 2, `folding ranges: ${folds.length}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  it('gives the PR/FAQ outline', async () => {
    const editor = await openInEditor('examples/rebook.prfaq.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = symbols.map((symbol) => symbol.name).join(' | ');
    match(names, /Press Release/, 'outline');
    match(names, /Customer FAQ/, 'outline');
    match(names, /Internal FAQ/, 'outline');
  });

  it('applies a quick fix', async () => {
    const uri = workspaceFile('web-quick-fix.prfaq.md');
    const example = decode(await vscode.workspace.fs.readFile(workspaceFile('examples/rebook.prfaq.md')));
    const question = example.split('\n').find((line) => /^### .+\?$/.test(line) && example.indexOf(line) > example.indexOf('FAQ'))!;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(example.replace(question, question.slice(0, -1))));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await waitForDiagnostics(uri, (found) => found.some((d) => codeOf(d) === 'question-mark'), 'a question without its question mark');
    const target = diagnostics.find((d) => codeOf(d) === 'question-mark')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range);
    const fix = actions.find((action) => action.title === 'Add "?" at the end of the question');
    ok(fix?.edit, `the quick fix among: ${actions.map((action) => action.title).join(', ')}`);
    ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    ok(editor.document.getText().includes(question), 'the question mark is back');
    await waitForDiagnostics(uri, (found) => !found.some((d) => codeOf(d) === 'question-mark'), 'the finding gone');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  it('shows the launch-announcement preview and updates it as the writer types', async () => {
    const prfaq = await api();
    const editor = await openInEditor('examples/rebook.prfaq.md');
    const first = nextRender(prfaq, (result) => result.uri.endsWith('rebook.prfaq.md'), 'the first render');
    await vscode.commands.executeCommand('prfaq.openPreviewToSide');
    match((await first).html, /<h1 class="headline" data-line="\d+">Rebook fills the gaps/, 'the headline');
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('### Rebook fills'));
    const updated = nextRender(prfaq, (result) => result.html.includes('Rebook fills every gap'), 'the render after the edit');
    await editor.edit((edit) => edit.replace(new vscode.Range(line, 4, line, 16), 'Rebook fills every gap'));
    await updated;
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('parses a large document in the parse worker, and stops one that takes too long', async () => {
    const example = decode(await vscode.workspace.fs.readFile(workspaceFile('examples/rebook.prfaq.md')));
    // Over 32 KB: parsed in the second Web Worker. Had it failed to start, the answer would be analysis-skipped.
    const large = workspaceFile('web-large.prfaq.md');
    await vscode.workspace.fs.writeFile(large, new TextEncoder().encode(example.repeat(6)));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(large));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', large);
    ok(symbols.length > 0, 'the large document has an outline');
    equal(vscode.languages.getDiagnostics(large).filter((d) => codeOf(d) === 'analysis-skipped').length, 0, 'analysis-skipped on the large document');

    // About 100 KB of nested brackets: micromark takes many seconds; the worker is stopped at the time limit.
    const brackets = workspaceFile('web-brackets.prfaq.md');
    await vscode.workspace.fs.writeFile(brackets, new TextEncoder().encode('[[['.repeat(16_000) + ']]]'.repeat(16_000)));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(brackets));
    const [skipped] = await waitForDiagnostics(brackets, (found) => found.some((d) => codeOf(d) === 'analysis-skipped'), 'analysis-skipped on the bracket document');
    match(skipped!.message, /took more than 5 seconds/, 'the time limit');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(large);
    await vscode.workspace.fs.delete(brackets);
  });

  it('lists the workspace\'s PR/FAQs by stage and checks the closed ones, reading them through the workspace file system', async () => {
    const prfaq = await api();
    await prfaq.funnel.documents.whenScanned();
    const rows = prfaq.funnel.view.rows().filter((row) => /^(Quay Ledger|Berth Board|Tide Clock|Mooring Map) /.test(row.label));
    equal(rows.map((row) => row.group).join(', '), 'Listen, In review, Final, No stage', 'the funnel fixtures by stage');
    const review = workspaceFile('fixtures/funnel/berth-board-review.prfaq.md');
    const [placeholder] = await waitForDiagnostics(review, (found) => found.some((d) => codeOf(d) === 'placeholder'), 'the closed file\'s [TBD]');
    equal(placeholder!.severity, vscode.DiagnosticSeverity.Error, 'a placeholder in review');
  });

  it('exports HTML and Word through the workspace file system, and says PDF needs desktop VS Code', async () => {
    const prfaq = await api();
    const source = workspaceFile('examples/rebook.prfaq.md');
    const html = await prfaq.exportDocument({ format: 'html', uri: source, target: workspaceFile('web-export/rebook.html') });
    ok(html, 'the HTML export returns its file');
    match(decode(await vscode.workspace.fs.readFile(html)), /^<!DOCTYPE html>[\s\S]*Rebook fills the gaps/, 'the HTML file');

    const word = await prfaq.exportDocument({ format: 'docx', uri: source, target: workspaceFile('web-export/rebook.docx') });
    ok(word, 'the Word export returns its file');
    const bytes = await vscode.workspace.fs.readFile(word);
    equal(decode(bytes.subarray(0, 2)), 'PK', 'a .docx is a zip file');
    ok(bytes.length > 5_000, `the .docx has content (${bytes.length} bytes)`);

    const pdfTarget = workspaceFile('web-export/rebook.pdf');
    equal(await prfaq.exportDocument({ format: 'pdf', uri: source, target: pdfTarget }), undefined, 'the PDF export');
    equal(await prfaq.measurePages(source), undefined, 'Measure Pages');
    const written = (await vscode.workspace.fs.readDirectory(workspaceFile('web-export'))).map(([name]) => name).sort().join(', ');
    equal(written, 'rebook.docx, rebook.html', 'files written');
    await vscode.workspace.fs.delete(workspaceFile('web-export'), { recursive: true });
  });
});
