// `npm run package`: a release build and the .vsix, written to the project root.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root } from './lib/editor.mjs';

export function packageExtension() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
  execFileSync(process.execPath, ['esbuild.config.mjs', '--production'], { cwd: root, stdio: 'inherit' });
  // Bundled, so the .vsix needs no node_modules; no repository is published yet.
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], { cwd: root, stdio: 'inherit' });
  return vsix;
}

if (import.meta.url === `file://${process.argv[1]}`) packageExtension();
