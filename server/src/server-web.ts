// The language server in the browser (vscode.dev, github.dev): a Web Worker
// the web client starts from dist/web/server.js. Large documents go to a
// second Web Worker, dist/web/parse-worker.js beside it.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { webParseWorker } from './analysis/web-parse-worker';
import { startLanguageServer } from './language-server';

/** The worker's own global scope (the project compiles without the DOM library). */
declare const self: { location: { href: string } } & ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startLanguageServer(connection, {
  startWorker: webParseWorker(new URL('parse-worker.js', self.location.href).href),
  // The web client passes where the extension's rule pages are; this base stands until it does.
  ruleDocsBase: new URL('../../docs/rules/', self.location.href).href,
});
