import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RestartPolicy } from '../../client/src/restart-policy';

describe('restarting a crashed language server', () => {
  it('restarts with a doubling delay, tells the writer only the first time, and gives up after four restarts in three minutes', () => {
    const policy = new RestartPolicy({ maxRestarts: 4, windowMs: 180_000, firstDelayMs: 500, maxDelayMs: 8_000 });
    const decisions = [0, 1_000, 2_000, 3_000, 4_000].map((at) => policy.onCrash(at));
    assert.deepEqual(decisions, [
      { restart: true, delayMs: 500, firstCrash: true },
      { restart: true, delayMs: 1_000, firstCrash: false },
      { restart: true, delayMs: 2_000, firstCrash: false },
      { restart: true, delayMs: 4_000, firstCrash: false },
      { restart: false, crashes: 5 },
    ]);
  });

  it('forgets crashes older than the window, and caps the delay', () => {
    const policy = new RestartPolicy({ maxRestarts: 10, windowMs: 60_000, firstDelayMs: 1_000, maxDelayMs: 3_000 });
    assert.deepEqual([0, 1, 2, 3].map((at) => policy.onCrash(at)).map((d) => d.restart && d.delayMs), [1_000, 2_000, 3_000, 3_000]);
    assert.deepEqual(policy.onCrash(120_000), { restart: true, delayMs: 1_000, firstCrash: false });
  });

  it('starts counting again after the writer restarts the server by hand', () => {
    const policy = new RestartPolicy({ maxRestarts: 1, windowMs: 60_000, firstDelayMs: 100, maxDelayMs: 100 });
    policy.onCrash(0);
    assert.equal(policy.onCrash(1).restart, false);
    policy.reset();
    assert.equal(policy.onCrash(2).restart, true);
  });
});
