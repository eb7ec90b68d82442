// The language server in the browser (vscode.dev, github.dev): a Web Worker
// the web client starts from dist/web/server.js. Large documents go to a
// second Web Worker, dist/web/parse-worker.js, whose address the client passes
// (VS Code starts an extension's worker from a blob, so this script cannot
// tell where it was loaded from).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { spawnWebWorker } from './workers/spawn-web-worker';
import { startLanguageServer } from './language-server';

/** The worker's own global scope (the project compiles without the DOM library). */
declare const self: { location: { href: string } } & ConstructorParameters<typeof BrowserMessageReader>[0];
declare const navigator: { hardwareConcurrency?: number } | undefined;

/** `relative` resolved against this script's address, when that address is one (not a blob). */
function besideThisScript(relative: string): string | undefined {
  try {
    return /^https?:/.test(self.location.href) ? new URL(relative, self.location.href).href : undefined;
  } catch {
    return undefined;
  }
}

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startLanguageServer(connection, {
  parseWorker: (options) => {
    const url = typeof options?.parseWorkerUrl === 'string' ? options.parseWorkerUrl : besideThisScript('parse-worker.js');
    return url ? spawnWebWorker(url) : undefined;
  },
  // The web client passes where the extension's rule pages are; this base stands until it does.
  ruleDocsBase: besideThisScript('../../docs/rules/') ?? '',
  parallelism: typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1),
});
