// The server dying, and the writer's files: a killed server comes back on its
// own, and opening, previewing and checking a document never changes its bytes.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { api, nextRender } from './prfaq-api';
import { codeOf, waitForDiagnostics } from './wait';
import { openInEditor, workspaceFile } from './workspace';

/** The pid of the language server this extension host started (the client passes its own pid to it). */
function serverPid(): number | undefined {
  const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const line = processes.find((entry) => entry.includes('server.js') && entry.includes(`--clientProcessId=${process.pid}`));
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
}

function whenRunningAgain(client: LanguageClient, limitMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let stopped = false;
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`The language client did not run again within ${limitMs} ms`));
    }, limitMs);
    const subscription = client.onDidChangeState(({ newState }) => {
      if (newState !== State.Running) stopped = true;
      else if (stopped) {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  });
}

describe('recovery and the writer\'s files', () => {
  it('restarts a language server that was killed, and the findings follow edits again', async () => {
    const prfaq = await api();
    const editor = await openInEditor('no-press-release.prfaq.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (found) => found.some((d) => codeOf(d) === 'missing-press-release'), 'the finding before the crash');
    const pid = serverPid();
    assert.ok(pid, 'the language server process is found');
    const crashesBefore = prfaq.recovery.crashes;

    const restarted = whenRunningAgain(prfaq.client);
    process.kill(pid, 'SIGKILL');
    await restarted;
    assert.equal(prfaq.recovery.crashes, crashesBefore + 1, 'the crash was seen once');
    const newPid = serverPid();
    assert.ok(newPid && newPid !== pid, `a new server process runs (was ${pid}, now ${newPid})`);

    // The new server analyses the document as it is edited.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '## Press Release\n\nSEATTLE, WA — June 1, 2027 — Teams plan faster.\n\n'));
    await waitForDiagnostics(uri, (found) => found.length > 0 && !found.some((d) => codeOf(d) === 'missing-press-release'), 'findings from the restarted server');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('opening, checking, previewing and exporting leave the document\'s bytes as they were', async () => {
    const prfaq = await api();
    const file = workspaceFile('examples/rebook.prfaq.md');
    const before = fs.readFileSync(file.fsPath);
    const modifiedBefore = fs.statSync(file.fsPath).mtimeMs;

    const editor = await openInEditor('examples/rebook.prfaq.md');
    await waitForDiagnostics(editor.document.uri, () => true, 'the check of the example');
    const rendered = nextRender(prfaq, (result) => result.uri.endsWith('rebook.prfaq.md'), 'the preview of the example');
    await vscode.commands.executeCommand('prfaq.openPreviewToSide');
    await rendered;
    const target = vscode.Uri.joinPath(workspaceFile('examples'), '..', 'untouched-export.html');
    await prfaq.exportToHtml(editor.document.uri, target);
    await vscode.workspace.fs.delete(target);

    assert.equal(editor.document.isDirty, false, 'the editor holds no unsaved change');
    assert.ok(fs.readFileSync(file.fsPath).equals(before), 'the bytes on disk are unchanged');
    assert.equal(fs.statSync(file.fsPath).mtimeMs, modifiedBefore, 'the file was not even rewritten');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
