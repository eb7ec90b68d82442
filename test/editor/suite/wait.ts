// Waiting on editor events instead of sleeping. Every wait has an upper
// bound so a missing event fails the test with a message instead of hanging it.
import * as vscode from 'vscode';

const defaultLimitMs = 20_000;

/** Resolves with the diagnostics of `uri` once `accept` holds for them (now or after a change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  limitMs = defaultLimitMs,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'prfaq');
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${String(typeof d.code === 'object' ? d.code.value : d.code)}: ${d.message}`);
      reject(new Error(`Timed out after ${limitMs} ms waiting for ${what} on ${uri.path}. Diagnostics seen: ${JSON.stringify(seen)}`));
    }, limitMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}
