// Another editor, configured exactly as the README says: Emacs with eglot.
// Needs Debian's emacs-nox, elpa-eglot and elpa-markdown-mode (scripts/install-editor.sh).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..');

function hasEglot(): boolean {
  const probe = spawnSync('emacs', ['--batch', '--eval', "(progn (require 'eglot) (require 'markdown-mode))"], { encoding: 'utf8' });
  return probe.status === 0;
}

/** The README's Emacs block, pointed at this checkout's server. */
function readmeEmacsConfig(): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const block = readme.match(/\*\*Emacs\*\*[^\n]*\n\n```elisp\n([\s\S]*?)```/)?.[1];
  assert.ok(block, 'README.md has an elisp block under **Emacs**');
  return block.replaceAll('/path/to/prfaq', root);
}

describe('the language server in another editor', () => {
  it('Emacs with eglot, set up as the README says, shows the findings of a PR/FAQ', (t) => {
    if (!hasEglot()) {
      t.skip('Emacs with eglot is not installed here: npm run install:editor installs it');
      return;
    }
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-emacs-'));
    try {
      const config = path.join(folder, 'init.el');
      fs.writeFileSync(config, readmeEmacsConfig());
      const draft = path.join(folder, 'draft.prfaq.md');
      fs.writeFileSync(draft, '# Draft\n\n## Customer FAQ\n\n### Does it work offline\n\nYes.\n\n## Internal FAQ\n\n### What does it cost us?\n\n$3 a month.\n');
      const result = spawnSync('emacs', ['--batch', '-l', config, '-l', path.join(__dirname, 'emacs', 'check-prfaq.el'), draft], {
        cwd: folder,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, HOME: folder },
      });
      const shown = result.stdout.split('\n').filter((line) => /^(server|diagnostic): /.test(line));
      assert.ok(shown.includes('server: prfaq'), `eglot connected to the prfaq server:\n${result.stdout}\n${result.stderr}`);
      assert.ok(shown.some((line) => /^diagnostic: 5 prfaq \[question-mark\]: "Does it work offline" is not phrased as a question/.test(line)), shown.join('\n'));
      assert.ok(shown.some((line) => /^diagnostic: 3 prfaq \[missing-press-release\]/.test(line)), shown.join('\n'));
      assert.doesNotMatch(result.stderr, /unsupported capability/, 'the server registers only what the client supports');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
