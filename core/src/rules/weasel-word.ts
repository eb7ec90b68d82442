// Vague quantities and hedges where a reviewer wants data: "significantly",
// "many", "might", "should help". An approximation attached to a number is
// fine, and so is a vague quantity in a sentence that gives the figure.
import { allowedInQuotes, hedges, notWhenFollowedBy, notWhenPrecededBy, vagueQuantities } from './style/lexicon';
import { memoised, tunedList } from './style/phrase-list';
import { PhraseMatcher } from './style/phrase-matcher';
import { customerFacing, isName, isQuoted, proseOf, rangeIn } from './style/prose-text';
import type { Rule, RuleFinding, StyleOptions } from './types';

const quantities = new Set(vagueQuantities);
const intensifiers = new Set(['quite', 'fairly', 'rather', 'relatively', 'somewhat', 'very', 'really', 'extremely', 'incredibly', 'pretty much', 'truly', 'literally']);
const matcherFor = memoised((style: StyleOptions) => new PhraseMatcher(tunedList([...vagueQuantities, ...hedges], style.weaselWords)));

export const weaselWord: Rule = {
  id: 'weasel-word',
  // Information: reviewers agreed with 6 of 22 sampled findings on public PR/FAQs (docs/rules/precision.md).
  defaultSeverity: 'information',
  description: 'A vague quantity or hedge ("significantly", "many", "might") where a reviewer wants the figure.',
  check(model, options) {
    const matcher = matcherFor(options.style);
    const document = proseOf(model);
    const findings: RuleFinding[] = [];
    for (const block of document.blocks) {
      for (const sentence of block.sentences) {
        // Questions ask; it is the answers that must commit.
        if (sentence.isQuestion) continue;
        for (const match of matcher.matches(sentence.text)) {
          const start = sentence.start + match.start;
          const end = sentence.start + match.end;
          if (quantities.has(match.phrase) && sentence.hasNumber) continue;
          if (allowedInQuotes.has(match.phrase) && isQuoted(block, start)) continue;
          if (notWhenFollowedBy[match.phrase]?.test(block.prose.text.slice(end, end + 20))) continue;
          if (notWhenPrecededBy[match.phrase]?.test(block.prose.text.slice(Math.max(0, start - 20), start))) continue;
          if (isName(document, sentence, start, match.text)) continue;
          // "too many", "so many": an idiom, not a count waiting for its figure.
          if (/\b(?:too|so|how|as)\s+$/i.test(block.prose.text.slice(Math.max(0, start - 5), start))) continue;
          const finding: RuleFinding = { message: messageFor(match.phrase, match.text), range: rangeIn(block.prose, start, end) };
          // Customers read the press release and the customer FAQ; in the team's parts a vague word is worth a note, not a warning.
          if (!customerFacing(block.section)) finding.quieter = true;
          findings.push(finding);
        }
      }
    }
    return findings;
  },
};

function messageFor(phrase: string, written: string): string {
  const word = `"${written.replace(/\s+/g, ' ')}"`;
  if (/ly$/.test(phrase) && quantities.has(phrase)) return `${word} says nothing a reviewer can check: give the number (by how much, compared with what).`;
  if (quantities.has(phrase)) return `${word} is a vague quantity: give the number (how many, out of how many, or what share).`;
  if (intensifiers.has(phrase)) return `${word} adds emphasis, not information: cut it, or give the figure that shows how much.`;
  return `${word} hedges the claim: state what you know and how you know it (a measured figure, a test, a source), or name the risk and its odds.`;
}
