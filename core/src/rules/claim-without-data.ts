// Adjectives and adverbs that claim a result ("faster", "easier", "better")
// in a sentence with no number to show it. One finding per sentence, naming
// every such word, so a sentence full of them is one thing to fix.
import { vagueClaims } from './style/lexicon';
import { listInWords } from '../model/words';
import { memoised, tunedList } from './style/phrase-list';
import { PhraseMatcher } from './style/phrase-matcher';
import { customerFacing, isName, isQuoted, proseOf, rangeIn } from './style/prose-text';
import type { Rule, RuleFinding, StyleOptions } from './types';

const matcherFor = memoised((style: StyleOptions) => new PhraseMatcher(tunedList(vagueClaims, style.vagueClaims)));

export const claimWithoutData: Rule = {
  id: 'claim-without-data',
  // Information: reviewers agreed with 6 of 14 sampled findings on public PR/FAQs (docs/rules/precision.md).
  defaultSeverity: 'information',
  description: 'An adjective or adverb ("faster", "easier", "better") stands in for data in a sentence with no number.',
  check(model, options) {
    const matcher = matcherFor(options.style);
    const document = proseOf(model);
    const findings: RuleFinding[] = [];
    for (const block of document.blocks) {
      // Headlines, table cells and questions are too short to carry the figure; quotes are speech.
      if (block.prose.kind !== 'paragraph' || block.isDisplayLine) continue;
      // Claims are made to customers; the internal FAQ describes ("a fast path", "more flexible than v1").
      if (!customerFacing(block.section)) continue;
      for (const sentence of block.sentences) {
        if (sentence.hasNumber || sentence.isQuestion) continue;
        const claims = matcher
          .matches(sentence.text)
          .filter((match) => !isQuoted(block, sentence.start + match.start) && !isName(document, sentence, sentence.start + match.start, match.text));
        const first = claims[0];
        if (!first) continue;
        const words = [...new Set(claims.map((claim) => `"${claim.text.toLowerCase()}"`))];
        const listed = listInWords(words);
        findings.push({
          message: `${listed} ${words.length === 1 ? 'claims' : 'claim'} a result this sentence does not show: give the figure (how much faster, cheaper or fewer steps, compared with what), or cut ${words.length === 1 ? 'it' : 'them'}.`,
          range: rangeIn(block.prose, sentence.start + first.start, sentence.start + first.end),
        });
      }
    }
    return findings;
  },
};
