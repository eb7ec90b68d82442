import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { serverPath } from './server-process';

function runServer(...args: string[]) {
  return spawnSync(process.execPath, [serverPath, ...args], { encoding: 'utf8', timeout: 10_000 });
}

describe('dist/server.js command line', () => {
  it('prints its version', () => {
    const result = runServer('--version');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('prints usage with --help', () => {
    const result = runServer('--help');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /Usage: prfaq-server --stdio/);
  });

  it('explains itself and exits 2 when started without a transport', () => {
    const result = runServer();
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--stdio/);
  });
});
