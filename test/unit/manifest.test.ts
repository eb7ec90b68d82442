// The extension manifest: what VS Code reads before any of our code runs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('package.json manifest', () => {
  it('activates only through its own language and commands, never at startup', () => {
    // VS Code derives onLanguage:prfaq and onCommand:* from the contributions; a preview
    // restored after a window reload needs its own event.
    assert.deepEqual(manifest.activationEvents, ['onWebviewPanel:prfaq.preview']);
    for (const command of manifest.contributes.commands) {
      assert.match(command.command, /^prfaq\./);
      assert.equal(command.category, 'PR/FAQ', `${command.command} is grouped under PR/FAQ in the palette`);
    }
  });

  it('claims *.prfaq.md files, and only those, for the prfaq language', () => {
    const [language] = manifest.contributes.languages;
    assert.equal(language.id, 'prfaq');
    assert.deepEqual(language.filenamePatterns, ['*.prfaq.md']);
  });

  it('points at files that exist and that the .vsix keeps', () => {
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    const [language] = manifest.contributes.languages;
    const referenced = [manifest.icon, language.configuration, ...manifest.contributes.grammars.map((grammar: { path: string }) => grammar.path)];
    for (const file of referenced) {
      const relative = path.normalize(file);
      assert.ok(fs.existsSync(path.join(root, relative)), `${file} exists`);
      const kept = ignore.split('\n').some((line) => line.startsWith('!') && (line.slice(1) === relative || (line.endsWith('/**') && relative.startsWith(line.slice(1, -2)))));
      assert.ok(kept, `${file} is kept by .vscodeignore`);
    }
  });

  it('has a language configuration that toggles HTML comments', () => {
    const configuration = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
    assert.deepEqual(configuration.comments.blockComment, ['<!--', '-->']);
  });
});
