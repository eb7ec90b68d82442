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
});
