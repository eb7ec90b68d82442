import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { runRules } from '../../../core/src/index';

function findingsOf(text: string) {
  return runRules(buildModel(text)).filter((finding) => finding.ruleId === 'missing-press-release');
}

describe('missing-press-release', () => {
  it('reports a document that clearly is a PR/FAQ but has no press release, on its first part heading', () => {
    const [finding, ...rest] = findingsOf('# Tally\n\n## Customer FAQ\n\n### Price?\n\n$19.\n\n## Internal FAQ\n\n### Cost?\n\n$4.\n');
    assert.equal(rest.length, 0);
    assert.equal(finding!.severity, 'error');
    assert.deepEqual(finding!.range.start, { line: 2, character: 0 }, 'on the Customer FAQ heading, below the title');
    assert.match(finding!.message, /Add a "## Press Release" section/);
  });

  it('leaves a document that is not clearly a PR/FAQ to parts-not-recognised, which says what it looked for', () => {
    const text = '# Tally\n\n## Customer FAQ\n\n### Price?\n\n$19.\n';
    assert.deepEqual(findingsOf(text), []);
    const [info, ...rest] = runRules(buildModel(text)).filter((finding) => finding.ruleId === 'parts-not-recognised');
    assert.equal(rest.length, 0);
    assert.equal(info!.severity, 'information');
    assert.match(info!.message, /found Customer FAQ but no press release/);
  });

  it('answers an empty document with one information finding at its start that says where to begin', () => {
    assert.deepEqual(findingsOf(''), []);
    const findings = runRules(buildModel(''));
    assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.severity]), [['parts-not-recognised', 'information']]);
    assert.deepEqual(findings[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(findings[0]!.message, /Start with the press release/);
  });

  it('accepts a press release under any of its usual names', () => {
    assert.equal(findingsOf('## Press Release\n\nText.\n').length, 0);
    assert.equal(findingsOf('# Part 1 — Press release\n\nText.\n').length, 0);
  });
});
