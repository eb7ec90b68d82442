import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../server/src/model/build';
import { runRules } from '../../../server/src/rules/run';

function findingsOf(text: string) {
  return runRules(buildModel(text)).filter((finding) => finding.ruleId === 'missing-press-release');
}

describe('missing-press-release', () => {
  it('reports a document without a press release, on its first part heading', () => {
    const [finding, ...rest] = findingsOf('# Tally\n\n## Customer FAQ\n\n### Price?\n\n$19.\n');
    assert.equal(rest.length, 0);
    assert.equal(finding!.severity, 'error');
    assert.deepEqual(finding!.range.start, { line: 2, character: 0 }, 'on the Customer FAQ heading, below the title');
    assert.match(finding!.message, /Add a "## Press Release" section/);
  });

  it('reports an empty document at its start', () => {
    const [finding] = findingsOf('');
    assert.deepEqual(finding!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  it('accepts a press release under any of its usual names', () => {
    assert.equal(findingsOf('## Press Release\n\nText.\n').length, 0);
    assert.equal(findingsOf('# Part 1 — Press release\n\nText.\n').length, 0);
  });
});
