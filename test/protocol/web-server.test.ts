// The language server built for the browser (dist/web/server.js), run in a
// sandbox with a Web Worker's globals only: no require, no process, no Node
// module. It must import no Node built-in and answer diagnostics and the
// outline over postMessage, as it does in vscode.dev's worker host.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { productBundles } from '../../scripts/lib/bundles.mjs';

const root = path.resolve(__dirname, '..', '..');
const example = fs.readFileSync(path.join(root, 'examples', 'rebook.prfaq.md'), 'utf8');

/** A Web Worker's global scope in a fresh context: messages to it are LSP messages from the client. */
function startWebServer(bundle: string) {
  const toClient: Array<Record<string, unknown>> = [];
  const waiting: Array<() => void> = [];
  const listeners: Array<(event: { data: unknown }) => void> = [];
  // The reader takes messages through onmessage, as a worker's scope delivers them.
  const deliver = (event: { data: unknown }) => {
    const onmessage = scope.onmessage as ((event: { data: unknown }) => void) | null | undefined;
    onmessage?.(event);
    listeners.forEach((listener) => listener(event));
  };
  const scope: Record<string, unknown> = {
    console: { log() {}, info() {}, warn() {}, error() {} },
    setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask,
    TextEncoder, TextDecoder, URL, performance, structuredClone,
    location: { href: 'https://example.test/extension/dist/web/server.js' },
    postMessage(message: Record<string, unknown>) {
      toClient.push(message);
      for (const wake of waiting.splice(0)) wake();
    },
    addEventListener(type: string, listener: (event: { data: unknown }) => void) {
      if (type === 'message') listeners.push(listener);
    },
    removeEventListener() {},
    onmessage: null,
    Worker: class {
      onmessage: unknown = null;
      onerror: unknown = null;
      postMessage() {}
      terminate() {}
    },
  };
  scope.self = scope;
  scope.globalThis = scope;
  vm.runInNewContext(bundle, scope, { filename: 'server.js' });
  let nextId = 1;
  const send = (message: Record<string, unknown>) => deliver({ data: { jsonrpc: '2.0', ...message } });
  const next = async (accept: (message: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> => {
    for (;;) {
      const index = toClient.findIndex(accept);
      if (index !== -1) return toClient.splice(index, 1)[0]!;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  const request = async (method: string, params: unknown) => {
    const id = nextId++;
    send({ id, method, params });
    return (await next((message) => message.id === id)).result;
  };
  return { send, next, request, scope };
}

describe('the browser build', () => {
  const bundle = path.join(root, 'dist', 'web', 'server.js');

  it('imports no Node built-in module', async () => {
    // The browser bundles exactly as the build makes them: the client the web worker extension host
    // loads, and the workers it starts. The engine's PDF printing needs Node and must be shaken out.
    const web = (productBundles() as esbuild.BuildOptions[]).filter((options) => String(options.outfile).includes('/web/'));
    assert.equal(web.length, 4);
    for (const options of web) {
      const result = await esbuild.build({ ...options, absWorkingDir: root, write: false, metafile: true, outfile: undefined, outdir: 'out/web-check', logLevel: 'silent' });
      // What reached the output: a module resolved but shaken out contributes no bytes.
      const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([name]) => name));
      assert.deepEqual(inputs.filter((input) => /^node:|(^|\/)node_modules\/(fs|path|os|child_process|worker_threads)\//.test(input)), []);
      assert.ok(!inputs.includes('core/src/export/pdf.ts'), `${String(options.outfile)} bundles the PDF printing`);
      for (const output of result.outputFiles) {
        assert.doesNotMatch(output.text, /\brequire\(["'](?:node:)?(?:fs|path|os|url|crypto|child_process|worker_threads)["']\)|["']node:[a-z_/]+["']/, output.path);
        // A Web Worker has no DOM either.
        assert.doesNotMatch(output.text, /[^.\w]document\.createElement\(/, output.path);
      }
    }
  });

  it('answers diagnostics and the outline over postMessage with no Node globals', async () => {
    const server = startWebServer(fs.readFileSync(bundle, 'utf8'));
    assert.equal(server.scope.process, undefined);
    assert.equal(server.scope.require, undefined);
    const initialized = (await server.request('initialize', { processId: null, rootUri: null, capabilities: {} })) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    assert.equal(initialized.serverInfo.name, 'prfaq');
    server.send({ method: 'initialized', params: {} });
    const uri = 'https://example.test/repo/rebook.prfaq.md';
    const broken = example.replace(/"We used to lose[^\n]*\n\n/, '');
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'prfaq', version: 1, text: broken } } });
    const published = await server.next((message) => message.method === 'textDocument/publishDiagnostics');
    const codes = ((published.params as { diagnostics: Array<{ code: string }> }).diagnostics).map((diagnostic) => diagnostic.code);
    assert.ok(codes.includes('missing-customer-quote'), codes.join(', '));
    const symbols = (await server.request('textDocument/documentSymbol', { textDocument: { uri } })) as Array<{ name: string }>;
    // The sandbox's arrays come from another realm: compare plain copies.
    assert.deepEqual(Array.from(symbols, (symbol) => symbol.name).slice(0, 4), ['Press Release', 'Customer FAQ', 'Internal FAQ', 'Success Metrics']);
  });
});
