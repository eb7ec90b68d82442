// The README's commands on a machine that cannot run them: one line each, what is wrong and what to run.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain ES module of the scripts, without types.
import { nodeTooOld, requiredNodeMajor } from '../../../scripts/lib/preflight.mjs';

const root = path.resolve(__dirname, '..', '..', '..');

/** Runs `node scripts/demo.mjs …args`; resolves with its exit code and what it printed. */
function demo(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'demo.mjs'), ...args], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output: output.trim() }));
  });
}

describe('starting on a machine that cannot run the README commands', () => {
  it('takes the Node version it needs from package.json, and names it when this Node is older', () => {
    assert.equal(requiredNodeMajor(), 20);
    assert.equal(nodeTooOld('20.0.0'), undefined);
    assert.equal(nodeTooOld('24.1.0'), undefined);
    assert.equal(nodeTooOld('18.19.1'), 'prfaq needs Node 20 or later, and this is Node 18.19.1: install Node 20 (for example "nvm install 20"), then run "npm ci" again.');
  });

  it('npm run demo on a port already in use names the port and the flag that picks another, before installing anything', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as net.AddressInfo;
    try {
      const { code, output } = await demo(['--port', String(port)]);
      assert.equal(code, 1);
      assert.equal(output, `demo: port ${port} is already in use (is another demo still running?): stop what uses it, or run "npm run demo -- --port ${port + 1}".`);
    } finally {
      taken.close();
    }
  });

  it('npm run demo with a port that is not a number says what it takes', async () => {
    const { code, output } = await demo(['--port', 'eighty']);
    assert.equal(code, 1);
    assert.equal(output, 'demo: --port must be a number from 1 to 65535, not "eighty".');
  });
});
