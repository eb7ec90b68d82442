// `npm run package`: a release build and the .vsix, written to the project root.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root } from './lib/editor.mjs';

export function packageExtension() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
  run('Building', ['esbuild.config.mjs', '--production']);
  // Bundled, so the .vsix needs no node_modules. No repository is published yet,
  // so README links stay relative to the files the .vsix carries.
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  run('Packaging', [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix]);
  return vsix;
}

function run(what, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${what} the extension failed (see above).`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    packageExtension();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
