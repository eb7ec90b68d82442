// Wordy phrases with a shorter replacement that means the same, offered as a
// safe quick fix ("due to the fact that" → "because").
import { wordyPhrases } from './style/lexicon';
import { memoised, tunedList } from './style/phrase-list';
import { PhraseMatcher } from './style/phrase-matcher';
import { proseOf, rangeIn } from './style/prose-text';
import type { Rule, RuleFinding, StyleOptions } from './types';

const tableFor = memoised((style: StyleOptions) => {
  const replacements = new Map<string, string>();
  for (const [phrase, replacement] of [...Object.entries(wordyPhrases), ...Object.entries(style.wordyPhrases.add)]) replacements.set(phrase.trim().replace(/\s+/g, ' ').toLowerCase(), replacement);
  const kept = tunedList([...replacements.keys()], { add: [], remove: style.wordyPhrases.remove });
  return { matcher: new PhraseMatcher(kept), replacements };
});

export const wordyPhrase: Rule = {
  id: 'wordy-phrase',
  defaultSeverity: 'information',
  description: 'A wordy phrase has a shorter replacement ("due to the fact that" → "because").',
  check(model, options) {
    const { matcher, replacements } = tableFor(options.style);
    const findings: RuleFinding[] = [];
    for (const block of proseOf(model).blocks) {
      for (const match of matcher.matches(block.prose.text)) {
        const replacement = matchCase(replacements.get(match.phrase) ?? '', match.text);
        const range = rangeIn(block.prose, match.start, match.end);
        const written = match.text.replace(/\s+/g, ' ');
        // Safe for fix-all only where the source holds the phrase as written: across emphasis, a link
        // or a line break, replacing the range would take markup with it, so the writer looks first.
        const asWritten = range.start.line === range.end.line && range.end.character - range.start.character === match.text.length;
        findings.push({
          message: `"${written}" says in ${wordCount(written)} what "${replacement}" says in ${wordCount(replacement)}: write "${replacement}".`,
          range,
          fixes: [{ title: `Replace "${written}" with "${replacement}"`, edits: [{ range, newText: replacement }], safe: asWritten }],
        });
      }
    }
    return findings;
  },
};

function wordCount(text: string): string {
  const count = text.split(/\s+/).filter(Boolean).length;
  if (count === 1) return text.length > 6 ? 'a longer word' : 'one word';
  return `${['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'][count] ?? String(count)} words`;
}

/** "In order to" → "To": keep the capital that starts a sentence. */
function matchCase(replacement: string, written: string): string {
  return /^\p{Lu}/u.test(written) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
