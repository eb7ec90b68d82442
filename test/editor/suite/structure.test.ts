// Structural findings and the PR/FAQ-shaped outline, through the VS Code API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, nextRender } from './prfaq-api';
import { codeOf, waitForDiagnostics } from './wait';
import { openInEditor } from './workspace';

const codesOf = (diagnostics: vscode.Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line + 1}:${codeOf(d)}`).sort();

describe('structure: diagnostics and outline', () => {
  it('shows every structural finding of a misordered PR/FAQ, each linked to its rule page', async () => {
    const editor = await openInEditor('fixtures/flawed/misordered.prfaq.md');
    const expected = ['23:section-order', '48:duplicate-question', '52:faq-order', '58:question-mark', '62:faq-missing-answer'];
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => codesOf(found).join() === expected.join(), `the findings ${expected.join(', ')}`);
    for (const diagnostic of diagnostics) {
      assert.ok(typeof diagnostic.code === 'object');
      assert.match(diagnostic.code.target.path, new RegExp(`/docs/rules/${codeOf(diagnostic)}\\.md$`));
    }
  });

  it('outlines the press release parts, the questions and the metrics', async () => {
    const editor = await openInEditor('examples/rebook.prfaq.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['Press Release', 'Customer FAQ', 'Internal FAQ', 'Success Metrics'],
    );
    assert.deepEqual(
      symbols[0]!.children.map((child) => child.name),
      ['Headline', 'Subheading', 'Summary', 'Problem', 'Solution', 'Leader quote', 'Getting started', 'Customer quote', 'Call to action'],
    );
    assert.equal(symbols[1]!.children.length, 5, 'five customer questions');
    assert.equal(symbols[2]!.children[0]!.name, 'Who is the customer, and how many are there?');
    assert.equal(symbols[3]!.children.length, 4, 'four metrics');
  });

  it('outlines an umbrella FAQ with **Q:** questions, and the preview shows every question', async () => {
    const prfaq = await api();
    const name = 'fixtures/layouts/umbrella-bold-q.prfaq.md';
    const editor = await openInEditor(name);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['Press Release', 'Frequently Asked Questions', 'Customer FAQ', 'Internal FAQ', 'Success Metrics'],
    );
    assert.deepEqual(
      symbols[2]!.children.map((child) => child.name),
      ['Does Harborline work without mobile coverage on the docks?', 'Can skippers book a slip themselves?'],
    );
    assert.deepEqual(
      symbols[3]!.children.map((child) => child.name),
      ['How many marinas could use Harborline?', 'What does it cost us to serve one marina?'],
    );
    assert.equal(symbols[0]!.children[0]!.name, 'Headline');

    const rendered = nextRender(prfaq, (result) => result.uri.endsWith('umbrella-bold-q.prfaq.md'), 'the render of the umbrella FAQ');
    await vscode.commands.executeCommand('prfaq.openPreviewToSide');
    const result = await rendered;
    assert.equal(result.html.match(/class="faq-item"/g)?.length, 4, 'four FAQ entries in the preview');
    assert.match(result.html, /<section class="faq internal-faq"[^>]*><h2 class="part-title"[^>]*>Internal FAQ/);
    assert.equal(result.readiness.errors, 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('outlines each fixture style as a PR/FAQ', async () => {
    for (const name of ['fixtures/flawed/weak-claims.prfaq.md', 'fixtures/flawed/no-headings.prfaq.md']) {
      const editor = await openInEditor(name);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      assert.equal(symbols[0]!.name, 'Press Release', name);
      assert.ok(symbols[0]!.children.some((child) => child.name === 'Headline'), `${name} has a headline in the outline`);
    }
  });

  it('clears a finding as the writer types the fix', async () => {
    const editor = await openInEditor('fixtures/flawed/weak-claims.prfaq.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (found) => found.some((d) => codeOf(d) === 'problem-without-data'), 'problem-without-data');
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('**The problem.**'));
    const end = editor.document.lineAt(line).text.indexOf(' <!--');
    await editor.edit((edit) => edit.insert(new vscode.Position(line, end), ' Our 120 pilot firms lost 9 hours a month to it.'));
    await waitForDiagnostics(uri, (found) => !found.some((d) => codeOf(d) === 'problem-without-data') && found.length > 0, 'problem-without-data to clear');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('follows the prfaq.rules setting', async () => {
    const editor = await openInEditor('fixtures/flawed/misordered.prfaq.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (found) => found.some((d) => codeOf(d) === 'faq-order'), 'faq-order');
    const configuration = vscode.workspace.getConfiguration('prfaq', uri);
    await configuration.update('rules', { 'faq-order': 'off', 'question-mark': 'error' }, vscode.ConfigurationTarget.Workspace);
    try {
      const diagnostics = await waitForDiagnostics(uri, (found) => !found.some((d) => codeOf(d) === 'faq-order') && found.length > 0, 'faq-order to turn off');
      assert.equal(diagnostics.find((d) => codeOf(d) === 'question-mark')?.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await configuration.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
