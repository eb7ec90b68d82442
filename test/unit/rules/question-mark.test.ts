import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { runRules } from '../../../core/src/index';

const flagged = (question: string) =>
  runRules(buildModel(`## Press Release\n\nSEATTLE, WA — June 1, 2027 — Tally today launched.\n\n## Customer FAQ\n\n### ${question}\n\nYes.\n`)).some((finding) => finding.ruleId === 'question-mark');

describe('question-mark', () => {
  it('accepts a question mark, a full-width one, and one before a note in brackets', () => {
    for (const question of ['Does it work offline?', '誰のためのツールですか？', 'Why SQLite? (decided in v0.6)', 'Why no team plan? (for now)']) assert.equal(flagged(question), false, question);
  });

  it('accepts questions in scripts whose writers often leave the mark out', () => {
    for (const question of ['誰のためのツールですか。', 'Как выглядит финмодель', '어떻게 시작하나요']) assert.equal(flagged(question), false, question);
  });

  it('flags an English statement in place of a question', () => {
    assert.equal(flagged('Pricing details'), true);
  });
});
