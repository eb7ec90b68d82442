// Marketing words in the press release: readers discount them, and they hide
// whether the team knows what the customer gets. Quotes may carry feelings,
// but not the "we're excited to announce" opener; names made of common words
// ("Seamless Pay") are left alone.
import { announcementCliche, feelings, hypeWords } from './style/lexicon';
import { memoised, tunedList } from './style/phrase-list';
import { PhraseMatcher } from './style/phrase-matcher';
import { isName, isQuoted, proseOf, rangeIn } from './style/prose-text';
import type { Rule, RuleFinding, StyleOptions } from './types';

const matcherFor = memoised((style: StyleOptions) => new PhraseMatcher(tunedList(hypeWords, style.hypeWords)));

export const hypeWord: Rule = {
  id: 'hype-word',
  defaultSeverity: 'warning',
  description: 'A hype or marketing word ("revolutionary", "seamless", "best-in-class") in the press release.',
  check(model, options) {
    const matcher = matcherFor(options.style);
    const document = proseOf(model);
    const findings: RuleFinding[] = [];
    for (const block of document.blocks) {
      if (block.section !== 'press-release') continue;
      const cliches = [...block.prose.text.matchAll(announcementCliche)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
      for (const cliche of cliches) {
        findings.push({ message: `"${cliche.text}" is the opener every press release uses: start with what the customer can now do.`, range: rangeIn(block.prose, cliche.start, cliche.end) });
      }
      for (const sentence of block.sentences) {
        for (const match of matcher.matches(sentence.text)) {
          const start = sentence.start + match.start;
          if (cliches.some((cliche) => cliche.start <= start && start < cliche.end)) continue;
          if (isName(document, sentence, start, match.text)) continue;
          if (feelings.has(match.phrase) && isQuoted(block, start)) continue;
          findings.push({ message: messageFor(match.phrase, match.text), range: rangeIn(block.prose, start, sentence.start + match.end) });
        }
      }
    }
    return findings;
  },
};

function messageFor(phrase: string, written: string): string {
  const word = `"${written.replace(/\s+/g, ' ')}"`;
  if (feelings.has(phrase)) return `${word} tells the reader how the company feels, not what the customer gets: replace it with the benefit, in the customer's words.`;
  if (/^leverag/.test(phrase)) return `${word} is business jargon: write "use", or say what the product does with it.`;
  return `${word} is marketing, and readers discount it: say what the customer can now do, and by how much it beats today.`;
}
