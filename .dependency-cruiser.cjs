// The architecture's rules (ARCHITECTURE.md), checked on every `npm test`
// (`npm run check:deps` runs them alone). Layers are listed bottom up; a file
// may import its own layer and those below it.

/** A rule: files matching `from` may not import what matches `to`. */
function forbid(name, comment, from, to) {
  return { name, comment, severity: 'error', from, to };
}

/** Within one folder of layers, no layer imports one above it. */
function noUpward(base, layers) {
  return layers.slice(0, -1).map((layer, index) => {
    const above = layers.slice(index + 1);
    return forbid(`no-upward-${base.split('/')[0]}-${layer}`, `${base}${layer} sits below ${above.join(', ')}: it may not import them.`, { path: `^${base}${layer}(/|\\.ts$)` }, { path: `^${base}(${above.join('|')})(/|\\.ts$)` });
  });
}

module.exports = {
  forbidden: [
    forbid('core-imports-no-host', 'The engine runs in every host: it imports nothing from the language server, the extension or the command line.', { path: '^core/src' }, { path: '^(server|client)/' }),
    forbid(
      'core-imports-no-editor-api',
      'The engine and the shared protocol import nothing from vscode or the language server packages.',
      { path: '^(core|shared)/src' },
      { path: '^(vscode|vscode-languageserver|vscode-languageserver-textdocument|vscode-languageclient|vscode-jsonrpc)($|/)|node_modules/(vscode-languageserver|vscode-languageclient|vscode-jsonrpc)' },
    ),
    forbid(
      'core-imports-no-node-built-in',
      'The engine runs in the browser too; only the PDF export prints with a program, behind the export interface.',
      { path: '^core/src', pathNot: '^core/src/export/pdf\\.ts$' },
      { dependencyTypes: ['core'] },
    ),
    forbid('shared-imports-nothing-of-ours', 'shared/src holds the protocol and data every side uses; it imports none of them.', { path: '^shared/src' }, { path: '^(core|server|client)/' }),
    forbid('client-never-imports-server', 'The extension asks the language server (or a worker) over the protocol; it never runs the server source.', { path: '^client/src' }, { path: '^server/' }),
    forbid(
      'hosts-use-the-core-entry',
      'The language server, the command line and the extension reach the engine through core/src/index.ts only.',
      { path: '^(server|client)/src' },
      { path: '^core/src/', pathNot: '^core/src/index\\.ts$' },
    ),
    ...noUpward('core/src/', ['model', 'templates', 'rules', 'config', 'reports', 'render', 'export', 'check', 'index']),
    ...noUpward('server/src/', ['workers', 'workspace', 'analysis', 'features', 'pull-diagnostics', 'host', 'state', 'handlers', 'language-server', 'server', 'server-web']),
    forbid(
      'cli-uses-workers-only',
      'The command line shares the worker pool and the workspace file rules with the language server, and nothing else of it.',
      { path: '^server/src/cli' },
      { path: '^server/src/(analysis|features|handlers|host|state|language-server|pull-diagnostics|server)' },
    ),
    forbid('no-circular', 'A cycle makes two files one: split what both need into a file below them.', {}, { circular: true }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: 'client/src/preview/webview' },
  },
};
