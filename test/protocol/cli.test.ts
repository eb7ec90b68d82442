import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const cli = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const example = path.resolve(__dirname, '..', '..', 'examples', 'rebook.prfaq.md');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000, input: '' });

describe('prfaq render (dist/cli.js)', () => {
  it('writes the standalone page to standard output', () => {
    const result = run('render', example);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<!DOCTYPE html>[\s\S]*<h1 class="headline"/);
  });

  it('writes to -o, and never replaces an existing file without --force', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-cli-'));
    const out = path.join(folder, 'rebook.html');
    assert.equal(run('render', example, '-o', out).status, 0);
    fs.writeFileSync(out, 'keep me');
    const refused = run('render', example, '-o', out);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /already exists; nothing was written\. Add --force to replace it\./);
    assert.equal(fs.readFileSync(out, 'utf8'), 'keep me');
    assert.equal(run('render', example, '-o', out, '--force').status, 0);
    assert.match(fs.readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('answers a missing file, a folder or an unknown command with one line and exit code 2', () => {
    for (const [args, message] of [
      [['render', 'missing.prfaq.md'], /^prfaq: cannot read missing\.prfaq\.md: no such file\.\n$/],
      [['render', os.tmpdir()], /it is a folder, not a file/],
      [['publish', example], /unknown command "publish"/],
      [['render'], /render takes exactly one file/],
    ] as const) {
      const result = run(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    }
  });
});
