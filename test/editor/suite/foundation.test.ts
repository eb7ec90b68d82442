// The whole pipe in a real editor: language id, activation, server, diagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, waitForDiagnostics } from './wait';
import { openInEditor } from './workspace';

const extensionId = 'prfaq.prfaq';

describe('extension foundation', () => {
  it('is not active before a PR/FAQ is opened, and gives *.prfaq.md files the prfaq language', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} is installed in the test host`);
    assert.equal(extension.isActive, false, 'the extension activates on the prfaq language only, not at startup');

    const editor = await openInEditor('launch.prfaq.md');
    assert.equal(editor.document.languageId, 'prfaq');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('leaves plain markdown files alone', async () => {
    const editor = await openInEditor('notes.md');
    assert.equal(editor.document.languageId, 'markdown');
  });

  it('publishes a diagnostic with its rule id and documentation link for a PR/FAQ without a press release', async () => {
    const editor = await openInEditor('no-press-release.prfaq.md');
    const diagnostics = await waitForDiagnostics(
      editor.document.uri,
      (found) => found.some((d) => codeOf(d) === 'missing-press-release'),
      'the missing-press-release diagnostic',
    );
    const diagnostic = diagnostics.find((d) => codeOf(d) === 'missing-press-release')!;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic.message, /press release/i);
    assert.ok(typeof diagnostic.code === 'object', 'the code carries a link to the rule page');
    assert.match(diagnostic.code.target.path, /docs\/rules\/missing-press-release\.md$/);
  });

  it('follows edits: deleting the press release raises the finding, undoing it clears it', async () => {
    const editor = await openInEditor('launch.prfaq.md');
    const uri = editor.document.uri;
    const line = findLine(editor.document, /^## Press Release/);
    // Renaming the heading is not enough: prfaq still reads the press release from its dateline.
    const faq = findLine(editor.document, /^## Customer FAQ/);
    await editor.edit((edit) => edit.delete(new vscode.Range(line, 0, faq, 0)));
    await waitForDiagnostics(uri, (found) => found.some((d) => codeOf(d) === 'missing-press-release'), 'the finding after the edit');

    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (found) => !found.some((d) => codeOf(d) === 'missing-press-release'), 'the finding to clear after undo');
    assert.equal(editor.document.lineAt(line).text, '## Press Release');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

function findLine(document: vscode.TextDocument, pattern: RegExp): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (pattern.test(document.lineAt(line).text)) return line;
  }
  throw new Error(`No line matches ${pattern} in ${document.uri.path}`);
}
