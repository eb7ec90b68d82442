// The launch-announcement preview in the real editor: opens, renders through
// the server, follows edits and the active editor, and exports.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, nextRender } from './prfaq-api';
import { openInEditor, workspaceFile } from './workspace';

describe('preview', () => {
  it('opens to the side and renders the PR/FAQ as a launch announcement', async () => {
    const prfaq = await api();
    await openInEditor('examples/rebook.prfaq.md');
    const rendered = nextRender(prfaq, (result) => result.uri.endsWith('rebook.prfaq.md'), 'the first render');
    await vscode.commands.executeCommand('prfaq.openPreviewToSide');
    const result = await rendered;
    assert.match(result.html, /<h1 class="headline" data-line="10">Rebook fills the gaps/);
    assert.match(result.html, /<figure class="pull-quote leader"/);
    assert.match(result.html, /<aside class="call-to-action"/);
    assert.match(result.html, /Internal · not for publication/);
    assert.equal(result.readiness.errors + result.readiness.warnings, 0);
    assert.equal(prfaq.previews.current?.panel.viewColumn, vscode.ViewColumn.Two);
  });

  it('updates as the writer types', async () => {
    const prfaq = await api();
    const editor = await openInEditor('examples/rebook.prfaq.md');
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('### Rebook fills'));
    const updated = nextRender(prfaq, (result) => result.html.includes('Rebook fills every gap'), 'the render after the edit');
    await editor.edit((edit) => edit.replace(new vscode.Range(line, 4, line, 16), 'Rebook fills every gap'));
    const result = await updated;
    assert.match(result.html, /Rebook fills every gap/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('renders a large document once more after a burst of keystrokes, not once per keystroke', async () => {
    const prfaq = await api();
    const example = (await vscode.workspace.openTextDocument(workspaceFile('examples/rebook.prfaq.md'))).getText();
    const large = workspaceFile('large.prfaq.md');
    // About 600 KB: a render takes long enough that every edit below lands while one is running.
    await vscode.workspace.fs.writeFile(large, new TextEncoder().encode(example.repeat(70)));
    const firstRender = nextRender(prfaq, (result) => result.uri.endsWith('large.prfaq.md'), 'the first render of the large document', 60_000);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(large), vscode.ViewColumn.One);
    await firstRender;

    const versions: number[] = [];
    const counting = prfaq.previews.current!.onDidRender((result) => versions.push(result.version));
    const last = nextRender(prfaq, (result) => result.version === editor.document.version, 'the render of the last edit', 60_000);
    for (let edit = 0; edit < 10; edit++) await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'x'));
    await last;
    counting.dispose();
    assert.ok(versions.length <= 3, `renders after 10 quick edits: ${versions.length} (versions ${versions.join(', ')})`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('follows the active PR/FAQ editor and shows its findings in the readiness bar', async () => {
    const prfaq = await api();
    const switched = nextRender(prfaq, (result) => result.uri.endsWith('misordered.prfaq.md'), 'the render of the other document');
    await openInEditor('fixtures/flawed/misordered.prfaq.md');
    const result = await switched;
    assert.equal(result.readiness.warnings, 5);
    assert.deepEqual(
      result.readiness.parts.map((part) => part.name),
      ['Press Release', 'Success Metrics', 'Internal FAQ', 'Customer FAQ'],
    );
  });

  it('restores a saved preview from its state, as after a window reload', async () => {
    const prfaq = await api();
    await openInEditor('examples/rebook.prfaq.md');
    const panel = vscode.window.createWebviewPanel('prfaq.preview', 'Preview', vscode.ViewColumn.Two, { enableScripts: true });
    const rendered = nextRender(prfaq, (result) => result.uri.endsWith('rebook.prfaq.md'), 'the restored preview to render');
    const restored = prfaq.previews.restore(panel, { uri: workspaceFile('examples/rebook.prfaq.md').toString(), line: 20 });
    assert.equal(restored?.panel, panel);
    assert.match((await rendered).html, /class="headline"/);
  });

  it('exports a standalone HTML page', async () => {
    const prfaq = await api();
    const source = workspaceFile('examples/rebook.prfaq.md');
    const target = workspaceFile('rebook-export.html');
    const written = await prfaq.exportToHtml(source, target);
    assert.equal(written?.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<style>[\s\S]*\.headline/);
    assert.match(html, /Content-Security-Policy/);
    assert.doesNotMatch(html, /<script/);
  });

  it('exports a PDF and a Word document, and measures the pages without leaving a file', async () => {
    const prfaq = await api();
    const source = workspaceFile('examples/rebook.prfaq.md');
    const pdf = workspaceFile('rebook-export.pdf');
    assert.equal((await prfaq.exportDocument({ format: 'pdf', uri: source, target: pdf }))?.toString(), pdf.toString());
    assert.equal(new TextDecoder().decode((await vscode.workspace.fs.readFile(pdf)).subarray(0, 5)), '%PDF-');
    const docx = workspaceFile('rebook-export.docx');
    assert.equal((await prfaq.exportDocument({ format: 'docx', uri: source, target: docx }))?.toString(), docx.toString());
    assert.equal(new TextDecoder().decode((await vscode.workspace.fs.readFile(docx)).subarray(0, 2)), 'PK');
    const before = (await vscode.workspace.fs.readDirectory(workspaceFile(''))).length;
    const pages = await prfaq.measurePages(source);
    assert.equal(pages?.pressRelease, 1, 'the example press release fits on one page');
    assert.ok((pages?.faqs ?? 0) >= 1 && (pages?.total ?? 0) >= 2, JSON.stringify(pages));
    assert.equal((await vscode.workspace.fs.readDirectory(workspaceFile(''))).length, before, 'measuring writes nothing to the workspace');
  });

  it('replaces an exported file only when the writer says so, and never touches the PR/FAQ', async () => {
    const prfaq = await api();
    const source = workspaceFile('examples/rebook.prfaq.md');
    const original = await vscode.workspace.fs.readFile(source);
    const target = workspaceFile('rebook-keep.docx');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('keep me'));
    const asked: string[] = [];
    const refused = await prfaq.exportDocument({ format: 'docx', uri: source, target, confirmReplace: async (uri) => (asked.push(uri.toString()), false) });
    assert.equal(refused, undefined);
    assert.deepEqual(asked, [target.toString()], 'the writer was asked about that file');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), 'keep me');
    await prfaq.exportDocument({ format: 'docx', uri: source, target, confirmReplace: async () => true });
    assert.equal(new TextDecoder().decode((await vscode.workspace.fs.readFile(target)).subarray(0, 2)), 'PK');
    assert.deepEqual(await vscode.workspace.fs.readFile(source), original);
  });

  it('offers HTML, PDF and Word in PR/FAQ: Export…, on the editor\'s context menu and the preview\'s title bar', async () => {
    const manifest = vscode.extensions.getExtension('prfaq.prfaq')!.packageJSON as { contributes: { menus: Record<string, Array<{ command: string; when?: string }>> } };
    assert.ok(manifest.contributes.menus['editor/context']!.some((item) => item.command === 'prfaq.export'));
    assert.ok(manifest.contributes.menus['editor/title']!.some((item) => item.command === 'prfaq.export' && /prfaq\.preview/.test(item.when ?? '')));
    assert.ok((await vscode.commands.getCommands(true)).includes('prfaq.export'));
  });
});
