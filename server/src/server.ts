// The language server on Node: `node dist/server.js --stdio` (also --node-ipc,
// --socket=N). The wiring is in language-server.ts, shared with the browser.
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { spawnThread } from './workers/spawn-thread';
import { nodeWorkspaceFiles } from './workspace/node-workspace-files';
import { startLanguageServer } from './language-server';
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
startLanguageServer(connection, {
  parseWorker: () => spawnThread(path.join(__dirname, 'parse-worker.js')),
  ruleDocsBase: pathToFileURL(path.join(__dirname, '..', 'docs', 'rules') + path.sep).href,
  workspaceFiles: nodeWorkspaceFiles,
  parallelism: os.availableParallelism(),
});
