// Where a Web Worker can load one of the extension's scripts from. On
// vscode.dev and github.dev the extension is served over https and its URI
// works as is. When the extension lives on a remote machine (code-server,
// VS Code Server in a browser), its URI is vscode-remote:, which the web
// worker extension host refuses to start a worker from: the script is read
// through the workspace file system and handed over as a blob URL instead.
import * as vscode from 'vscode';

declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

const loaded = new Map<string, Promise<string>>();

export function workerScriptUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme === 'http' || script.scheme === 'https') return Promise.resolve(script.toString(true));
  const key = script.toString();
  let url = loaded.get(key);
  if (!url) {
    url = Promise.resolve(vscode.workspace.fs.readFile(script)).then((bytes) => URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
    // A failed read is tried again next time.
    url.catch(() => loaded.delete(key));
    loaded.set(key, url);
  }
  return url;
}
