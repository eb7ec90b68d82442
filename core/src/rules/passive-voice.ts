// Passive voice ("the report is generated"), as a hint: a PR/FAQ should say
// who does what, but a passive sentence is sometimes the right one, so this
// never counts against the document.
import { proseOf, rangeIn } from './style/prose-text';
import type { Rule, RuleFinding } from './types';

const irregularParticiples = [
  'built', 'made', 'done', 'given', 'taken', 'seen', 'known', 'shown', 'sent', 'paid', 'kept', 'held', 'found', 'told', 'written', 'chosen',
  'bought', 'brought', 'caught', 'taught', 'thought', 'sold', 'spent', 'won', 'lost', 'meant', 'drawn', 'driven', 'broken', 'spoken',
  'stolen', 'worn', 'torn', 'forgotten', 'hidden', 'begun', 'grown', 'thrown', 'flown', 'eaten', 'proven', 'understood', 'withdrawn',
  'overseen', 'undertaken', 'rewritten', 'led', 'fed', 'heard', 'laid', 'met', 'said', 'sought', 'struck', 'set', 'put', 'cut', 'run', 'read',
];
/** Participles that read as adjectives after "is": "is based in", "are interested", "was excited". */
const adjectival = new Set([
  'based', 'located', 'interested', 'excited', 'thrilled', 'pleased', 'delighted', 'concerned', 'involved', 'tired', 'married', 'supposed',
  'used', 'limited', 'qualified', 'experienced', 'skilled', 'detailed', 'advanced', 'connected', 'dedicated', 'committed', 'surprised',
  'worried', 'satisfied', 'frustrated', 'bored', 'confused', 'prepared', 'done', 'closed', 'finished', 'gone', 'unsupported', 'automated',
]);
/** Words ending in "ed" that are not participles. */
const notParticiples = new Set(['need', 'feed', 'seed', 'speed', 'bed', 'red', 'shed', 'bleed', 'breed', 'greed', 'proceed', 'exceed', 'succeed', 'indeed', 'hundred', 'embed', 'wed', 'sled', 'fled']);
const passive = new RegExp(
  String.raw`\b(?:am|is|are|was|were|be|been|being)\s+(?:(?:not|also|then|now|often|still|already|never|always|\w+ly)\s+)?((?:\w+ed)|(?:re|un|over|pre|mis|with)?(?:${irregularParticiples.join('|')}))\b(?!\s+(?:to|in|on|with|about|at)\b)`,
  'gi',
);

export const passiveVoice: Rule = {
  id: 'passive-voice',
  defaultSeverity: 'hint',
  description: 'A sentence in the passive voice hides who does the work.',
  check(model) {
    const findings: RuleFinding[] = [];
    for (const block of proseOf(model).blocks) {
      // The press release is read by customers; the FAQs by people who asked, in the team's own terms.
      if (block.section !== 'press-release') continue;
      if (block.prose.kind === 'table-cell') continue;
      for (const match of block.prose.text.matchAll(passive)) {
        const participle = match[1]!.toLowerCase();
        if (adjectival.has(participle) || notParticiples.has(participle)) continue;
        findings.push({
          message: `"${match[0].replace(/\s+/g, ' ')}" is passive: make whoever does it the subject of the sentence, so the reader knows who is responsible.`,
          range: rangeIn(block.prose, match.index, match.index + match[0].length),
        });
      }
    }
    return findings;
  },
};
