// Property-based robustness: thousands of PR/FAQ-like and broken documents,
// with a fixed seed so a failure replays. `npm run fuzz` runs many more with a
// fresh seed (PRFAQ_FUZZ_RUNS, PRFAQ_FUZZ_SEED).
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixtureFiles } from '../fixture-files';
import { mutatedFixture, prfaqLikeDocument } from './generators';
import { assertRobust } from './invariants';

const runs = Number(process.env.PRFAQ_FUZZ_RUNS ?? 1500);
const seed = process.env.PRFAQ_FUZZ_SEED === 'random' ? Date.now() : Number(process.env.PRFAQ_FUZZ_SEED ?? 20261122);
const fixtures = [...fixtureFiles(), `${__dirname}/../../../examples/rebook.prfaq.md`].map((file) => fs.readFileSync(file, 'utf8'));

describe(`fuzzing (seed ${seed}, ${runs} runs each)`, () => {
  it('PR/FAQ-like documents: no feature throws, every range is in the document, the outline nests, the page runs nothing, fix-all keeps the markdown structure', () => {
    fc.assert(fc.property(prfaqLikeDocument, assertRobust), { seed, numRuns: runs });
  });

  it('fixtures with lines deleted, duplicated and swapped, stray markup and random bytes: the same', () => {
    fc.assert(fc.property(mutatedFixture(fixtures), assertRobust), { seed, numRuns: runs });
  });
});
