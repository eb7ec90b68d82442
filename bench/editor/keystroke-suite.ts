// Runs inside a real editor's extension host, desktop (Node) or browser (web
// worker), loaded by bench/editor.ts: keystroke → diagnostics as the extension
// host sees it.
import * as vscode from 'vscode';
import type { PrfaqApi } from '../../client/src/extension';
import { openExample, timeKeystrokes } from './keystrokes';

const marker = '[prfaq-suite] ';

export async function run(): Promise<void> {
  const prfaq = await vscode.extensions.getExtension<PrfaqApi>('prfaq.prfaq')!.activate();
  const samples = await timeKeystrokes(await openExample(), 40);
  console.log(`${marker}bench: ${JSON.stringify({ host: prfaq.host, keystrokeToDiagnosticsMs: samples })}`);
  console.log(`${marker}${prfaq.host === 'web' ? 'web' : 'editor'}: 1 passed, 0 failed`);
}
