// LSP wiring only: connection, open documents, capabilities. The work lives in
// model/, rules/ and features/.
//
// Run standalone with `node dist/server.js --stdio` (also --node-ipc, --socket=N).
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysis';
import { toDiagnostic } from './features/diagnostics';
import { version } from './version';

const usage = `prfaq language server ${version}

Checks Amazon-style PR/FAQ documents (*.prfaq.md) over the Language Server Protocol.

Usage: prfaq-server --stdio | --node-ipc | --socket=<port>
       prfaq-server --version | --help
`;

if (process.argv.includes('--version')) {
  process.stdout.write(`${version}\n`);
  process.exit(0);
}
if (process.argv.includes('--help') || !process.argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)/.test(arg))) {
  const asked = process.argv.includes('--help');
  (asked ? process.stdout : process.stderr).write(usage);
  process.exit(asked ? 0 : 2);
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const analyses = new AnalysisCache();

/** Where the rule pages live; the VS Code client passes a URI that works in remote windows too. */
let ruleDocsBase = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules') + path.sep).href;

connection.onInitialize((params): InitializeResult => {
  const options = params.initializationOptions as { ruleDocsBase?: unknown } | undefined;
  if (typeof options?.ruleDocsBase === 'string') ruleDocsBase = options.ruleDocsBase.replace(/\/?$/, '/');
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    },
    serverInfo: { name: 'prfaq', version },
  };
});

function publishDiagnostics(document: TextDocument): void {
  const { findings, version: analysedVersion } = analyses.get(document);
  connection.sendDiagnostics({
    uri: document.uri,
    version: analysedVersion,
    diagnostics: findings.map((finding) => toDiagnostic(finding, ruleDocsBase)),
  });
}

documents.onDidChangeContent(({ document }) => publishDiagnostics(document));
documents.onDidClose(({ document }) => {
  analyses.forget(document.uri);
  connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
