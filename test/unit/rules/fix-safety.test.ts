import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { runRules } from '../../../core/src/index';

/** The first fix of the rule's first finding, as fix-all sees it. */
function firstFix(text: string, ruleId: string) {
  const fix = runRules(buildModel(text)).find((finding) => finding.ruleId === ruleId)?.fixes?.[0];
  assert.ok(fix, `${ruleId} offers a fix`);
  return fix;
}

// Fix-all (and fix on save) applies only safe fixes: a safe fix must never take markup with it.
describe('which fixes are safe to apply unseen', () => {
  const pressRelease = (sentence: string) => `# Tide Tables\n\n## Press Release\n\n${sentence}\n`;

  it('replaces a wordy phrase written plainly, safely', () => {
    const fix = firstFix(pressRelease('Pilots wait due to the fact that the tables are late.'), 'wordy-phrase');
    assert.equal(fix.safe, true);
    assert.deepEqual(fix.edits.map((edit) => `${edit.range.start.character}-${edit.range.end.character} ${edit.newText}`), ['12-32 because']);
  });

  it('offers, but does not apply unseen, a replacement across emphasis or a line break', () => {
    assert.equal(firstFix(pressRelease('Pilots wait due to *the fact* that the tables are late.'), 'wordy-phrase').safe, false);
    assert.equal(firstFix(pressRelease('Pilots wait due to the\nfact that the tables are late.'), 'wordy-phrase').safe, false);
  });

  it('turns a closing "." into "?" only where the question is written as is', () => {
    const plain = firstFix('## Customer FAQ\n\n### Does it work offline.\n\nYes.\n', 'question-mark');
    assert.deepEqual({ title: plain.title, safe: plain.safe }, { title: 'Replace the closing "." with "?"', safe: true });
    const coded = firstFix('## Customer FAQ\n\n### Does `tide --offline` work.\n\nYes.\n', 'question-mark');
    assert.deepEqual({ title: coded.title, safe: coded.safe }, { title: 'Replace the closing "." with "?"', safe: true }, 'code earlier in the line does not matter');
    const emphasised = '## Customer FAQ\n\n### Does it work *offline.*\n\nYes.\n';
    const inside = firstFix(emphasised, 'question-mark');
    const line = emphasised.split('\n')[2]!;
    const [edit] = inside.edits;
    assert.equal(line.slice(0, edit!.range.start.character) + edit!.newText + line.slice(edit!.range.end.character), '### Does it work *offline?*', 'the mark goes inside the emphasis, where the "." was');
  });
});
