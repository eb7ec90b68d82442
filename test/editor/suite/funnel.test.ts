// The PR/FAQs view and the checks of closed files, in the real editor, on
// test/fixtures/funnel (one PR/FAQ per stage, and one without a stage):
// the view agrees with `prfaq status`, and picks up a change on disk.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api } from './prfaq-api';
import { codeOf, waitForDiagnostics } from './wait';
import { workspaceFile } from './workspace';

type Prfaq = Awaited<ReturnType<typeof api>>;

/** Resolves once `accept` holds for the workspace documents (now or after a change), or fails after `limitMs`. */
function documentsWhere(prfaq: Prfaq, accept: () => boolean, what: string, limitMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (accept()) return resolve();
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out after ${limitMs} ms waiting for ${what}`));
    }, limitMs);
    const subscription = prfaq.funnel.documents.onDidChange(() => {
      if (!accept()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

const funnelRows = (prfaq: Prfaq) => prfaq.funnel.view.rows().filter((row) => /Quay Ledger|Berth Board|Tide Clock|Mooring Map|Slip Sheet/.test(row.label));

describe('the PR/FAQs view and the checks of closed files', () => {
  it('lists the workspace\'s PR/FAQs by stage, agreeing with prfaq status', async () => {
    const prfaq = await api();
    const view = prfaq.funnel.view.view;
    // The workbench reports the view's visibility back to the extension host after the command.
    const shown = view.visible ? Promise.resolve() : new Promise<void>((resolve) => view.onDidChangeVisibility((event) => event.visible && resolve()));
    await vscode.commands.executeCommand('prfaq.funnel.focus');
    await shown;
    assert.ok(view.visible, 'the view is shown in the Explorer');
    await prfaq.funnel.documents.whenScanned();
    const rows = funnelRows(prfaq);
    assert.deepEqual(
      rows.map((row) => [row.group, row.label.split(' ').slice(0, 2).join(' ')]),
      [
        ['Listen', 'Quay Ledger'],
        ['In review', 'Berth Board'],
        ['Final', 'Tide Clock'],
        ['No stage', 'Mooring Map'],
      ],
    );
    // The command line, on the same files.
    const extension = vscode.extensions.getExtension('prfaq.prfaq')!.extensionPath;
    const status = JSON.parse(execFileSync(process.execPath, [path.join(extension, 'dist', 'cli.js'), 'status', '--format', 'json'], { cwd: workspaceFile('fixtures/funnel').fsPath, encoding: 'utf8' })) as {
      documents: Array<{ title: string; errors: number; warnings: number; pressRelease: { words: number }; faqs: { pages: number } }>;
    };
    for (const row of rows) {
      const document = status.documents.find((candidate) => candidate.title === row.label)!;
      assert.ok(document, `prfaq status lists ${row.label}`);
      const counts = document.errors + document.warnings === 0 ? 'ready' : [document.errors ? `${document.errors} error${document.errors === 1 ? '' : 's'}` : '', document.warnings ? `${document.warnings} warning${document.warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
      assert.equal(row.description, `${counts} · PR ${document.pressRelease.words}/650 words · FAQ ${document.faqs.pages.toFixed(1)}/5 pages`, row.label);
    }
  });

  it('shows the findings of files no editor has open, and drops them when turned off', async () => {
    const prfaq = await api();
    const review = workspaceFile('fixtures/funnel/berth-board-review.prfaq.md');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === review.toString()), 'the file is not open');
    const [placeholder] = await waitForDiagnostics(review, (found) => found.some((d) => codeOf(d) === 'placeholder'), 'the [TBD] left in review');
    assert.equal(placeholder!.severity, vscode.DiagnosticSeverity.Error, 'an error at stage review');
    const listen = await waitForDiagnostics(workspaceFile('fixtures/funnel/quay-ledger-listen.prfaq.md'), (found) => found.some((d) => codeOf(d) === 'missing-section'), 'the missing parts at Listen');
    assert.ok(listen.every((d) => d.severity === vscode.DiagnosticSeverity.Information), 'information only at Listen');

    const settings = vscode.workspace.getConfiguration('prfaq');
    await settings.update('workspace.checkClosedFiles', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(review, (found) => found.length === 0, 'no findings once the setting is off');
    } finally {
      await settings.update('workspace.checkClosedFiles', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(review, (found) => found.some((d) => codeOf(d) === 'placeholder'), 'the findings back when it is on');
    await prfaq.funnel.closedFiles.settled();
  });

  it('picks up a new, a changed and a deleted PR/FAQ', async () => {
    const prfaq = await api();
    await prfaq.funnel.documents.whenScanned();
    const example = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('fixtures/funnel/quay-ledger-listen.prfaq.md')));
    const added = workspaceFile('fixtures/funnel/slip-sheet.prfaq.md');
    // A new file is listed from its front matter the moment it is read, before the server has checked it.
    const seen: string[] = [];
    const watching = prfaq.funnel.documents.onDidChange(() => {
      for (const row of funnelRows(prfaq)) if (row.label.startsWith('Slip Sheet')) seen.push(`${row.group}: ${row.label} — ${row.description}`);
    });
    try {
      await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(example.replaceAll('Quay Ledger', 'Slip Sheet').replace('stage: listen', 'stage: define')));
      await documentsWhere(prfaq, () => funnelRows(prfaq).some((row) => row.group === 'Define' && row.label.startsWith('Slip Sheet') && row.description.startsWith('ready')), 'the new file under Define, checked');
    } finally {
      watching.dispose();
    }
    assert.equal(seen[0], 'Define: Slip Sheet — being checked…', 'first listed by its front matter title, being checked');
    assert.match(seen.at(-1)!, /^Define: Slip Sheet tells harbour masters when each berth floats — ready · PR \d+\/650 words/, 'then with its headline and findings');

    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(example.replaceAll('Quay Ledger', 'Slip Sheet').replace('stage: listen', 'stage: final')));
    await documentsWhere(prfaq, () => funnelRows(prfaq).some((row) => row.group === 'Final' && row.label.startsWith('Slip Sheet') && /^2 errors/.test(row.description)), 'the file moved to Final, with its missing parts as errors');

    await vscode.workspace.fs.delete(added);
    await documentsWhere(prfaq, () => !funnelRows(prfaq).some((row) => row.label.startsWith('Slip Sheet')), 'the deleted file gone');
    await waitForDiagnostics(added, (found) => found.length === 0, 'no findings left for the deleted file');
  });

  it('sorts by readiness and lists without groups when asked', async () => {
    const prfaq = await api();
    await prfaq.funnel.view.setGroupByStage(false);
    await prfaq.funnel.view.setSort('readiness');
    try {
      const rows = funnelRows(prfaq);
      assert.deepEqual(rows.map((row) => row.label.split(' ').slice(0, 2).join(' ')), ['Berth Board', 'Mooring Map', 'Quay Ledger', 'Tide Clock']);
      assert.ok(rows.every((row) => row.group === undefined));
      assert.match(rows[0]!.description, /^In review · 1 error · PR/);
    } finally {
      await prfaq.funnel.view.setGroupByStage(true);
      await prfaq.funnel.view.setSort('name');
    }
  });
});
