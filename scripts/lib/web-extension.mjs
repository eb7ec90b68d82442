// A test build of the extension for VS Code's web worker extension host: the
// same files a .vsix holds, with the manifest's `main` removed, so the
// workbench runs the `browser` entry (as vscode.dev and github.dev do) even
// when the window also has a Node extension host. The browser suite goes
// inside it, because tests run in the host of the extension that holds them.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What the browser build reads at run time (the .vsix's list, without the Node bundles). */
const assets = ['dist/web', 'dist/preview.js', 'README.md', 'LICENSE', 'CHANGELOG.md', 'language-configuration.json', 'syntaxes', 'snippets', 'images', 'docs/rules', 'docs/stages.md', 'walkthrough'];

/** Writes the test build to `target` and returns the path of its suite module. */
export function stageWebExtension(root, target, suiteBundle) {
  fs.rmSync(target, { recursive: true, force: true });
  for (const asset of assets) {
    const from = path.join(root, asset);
    if (!fs.existsSync(from)) throw new Error(`${asset} is missing: run npm run build first`);
    fs.cpSync(from, path.join(target, asset), { recursive: true });
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  delete manifest.main;
  delete manifest.bin;
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  const suite = path.join(target, 'test', 'index.js');
  fs.mkdirSync(path.dirname(suite), { recursive: true });
  fs.copyFileSync(suiteBundle, suite);
  return suite;
}
