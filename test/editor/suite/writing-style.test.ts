// The writing checks in the real editor: a hype word and an undefined acronym
// are flagged as the writer types, their quick fixes work where a fix is known,
// and a well-written PR/FAQ stays free of errors and warnings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, waitForDiagnostics } from './wait';
import { openInEditor, workspaceFile } from './workspace';

const draft = `# Tidewatch

## Press Release

### Tidewatch tells harbour masters when a berth will be free

#### For harbour masters at small ports, a berth plan that updates itself.

PLYMOUTH, UK — May 4, 2027 — Harbour Data today launched Tidewatch, a seamless berth planner for ports with fewer than 40 berths.

Each vessel reports its ETA by radio, and in order to plan the day the harbour master copies 60 entries a day into a spreadsheet.

Tidewatch reads each vessel's estimated time of arrival (ETA) from its tracking signal and shows the berth it will take.
`;

const isProblem = (diagnostic: vscode.Diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error || diagnostic.severity === vscode.DiagnosticSeverity.Warning;

describe('writing checks', () => {
  const file = workspaceFile('writing-style-check.prfaq.md');
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  it('flags a hype word and an undefined acronym, and the quick fixes define the acronym and shorten a wordy phrase', async () => {
    await vscode.workspace.fs.writeFile(file, Buffer.from(draft, 'utf8'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(
      uri,
      (found) => ['hype-word', 'undefined-acronym', 'wordy-phrase'].every((id) => found.some((d) => codeOf(d) === id)),
      'hype-word, undefined-acronym and wordy-phrase',
    );
    const hype = diagnostics.find((d) => codeOf(d) === 'hype-word')!;
    assert.equal(editor.document.getText(hype.range), 'seamless');
    assert.equal(hype.severity, vscode.DiagnosticSeverity.Warning);
    const acronym = diagnostics.find((d) => codeOf(d) === 'undefined-acronym')!;
    assert.equal(editor.document.getText(acronym.range), 'ETA');
    assert.equal(acronym.severity, vscode.DiagnosticSeverity.Information, 'undefined acronyms inform, they do not warn');
    assert.match(acronym.message, /defined only later/);

    const define = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, acronym.range)).find((action) => action.title.startsWith('Define "ETA" here'));
    assert.ok(define?.edit, 'a quick fix moves the definition to the first use');
    assert.ok(await vscode.workspace.applyEdit(define.edit));
    assert.match(editor.document.getText(), /Each vessel reports its estimated time of arrival \(ETA\) by radio/);
    assert.match(editor.document.getText(), /Tidewatch reads each vessel's ETA from its tracking signal/);

    const after = await waitForDiagnostics(uri, (found) => !found.some((d) => codeOf(d) === 'undefined-acronym') && found.some((d) => codeOf(d) === 'wordy-phrase'), 'the acronym finding to clear');
    const wordy = after.find((d) => codeOf(d) === 'wordy-phrase')!;
    const shorten = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, wordy.range)).find((action) => action.title === 'Replace "in order to" with "to"');
    assert.ok(shorten?.edit, 'a quick fix replaces the wordy phrase');
    assert.ok(await vscode.workspace.applyEdit(shorten.edit));
    assert.match(editor.document.getText(), /by radio, and to plan the day/);
    await waitForDiagnostics(uri, (found) => !found.some((d) => codeOf(d) === 'wordy-phrase') && found.some((d) => codeOf(d) === 'hype-word'), 'the wordy phrase to clear; the hype word stays (only the writer can replace it)');
    await editor.document.save();
  });

  it('leaves a well-written PR/FAQ without errors or warnings (hints may remain)', async () => {
    for (const name of ['examples/rebook.prfaq.md', 'fixtures/style/good/on-call-handoff.prfaq.md']) {
      const editor = await openInEditor(name);
      const found = await waitForDiagnostics(editor.document.uri, (diagnostics) => diagnostics.length > 0, `the writing hints on ${name}`);
      assert.deepEqual(found.filter(isProblem).map((d) => `${d.range.start.line + 1}:${codeOf(d)}`), [], name);
    }
  });

  it('gives a German PR/FAQ no English writing findings, says so once, and still outlines it', async () => {
    const editor = await openInEditor('fixtures/layouts/german-pressemitteilung.prfaq.md');
    const found = await waitForDiagnostics(editor.document.uri, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'writing-checks-skipped'), 'writing-checks-skipped');
    const skipped = found.find((d) => codeOf(d) === 'writing-checks-skipped')!;
    assert.equal(skipped.severity, vscode.DiagnosticSeverity.Information);
    assert.match(skipped.message, /reads as German/);
    const english = ['weasel-word', 'hype-word', 'claim-without-data', 'undefined-acronym', 'long-sentence', 'wordy-phrase', 'passive-voice', 'readability'];
    assert.deepEqual(found.filter((d) => english.includes(String(codeOf(d)))).map((d) => codeOf(d)), []);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols.some((symbol) => symbol.name === 'Pressemitteilung'), 'the press release is in the outline');
  });
});
