// Reading ease per paragraph, against the writer's target
// (prfaq.limits.readingEase, or prfaq.limits.readingGrade when set). Short
// paragraphs are left alone: a score over a few words says little.
import { proseOf, rangeIn } from './style/prose-text';
import { readability as measure, syllables } from './style/reading-ease';
import type { Rule, RuleFinding } from './types';

const minimumWords = 40;

export const readability: Rule = {
  id: 'readability',
  defaultSeverity: 'information',
  description: 'A paragraph is harder to read than the target (Flesch reading ease 50, or a grade level).',
  check(model, options) {
    const { readingEase, readingGrade } = options.style;
    const findings: RuleFinding[] = [];
    for (const block of proseOf(model).blocks) {
      // The press release is read by customers; the FAQs by people who asked, in the team's own terms.
      if (block.section !== 'press-release') continue;
      if (block.prose.kind !== 'paragraph' || block.sentences.length === 0) continue;
      const words = block.sentences.flatMap((sentence) => sentence.words.map((word) => word.text));
      const score = measure(words, block.sentences.length);
      if (score.words < minimumWords) continue;
      const tooHard = readingGrade !== undefined ? score.grade > readingGrade : score.ease < readingEase;
      if (!tooHard) continue;
      const longest = Math.max(...block.sentences.map((sentence) => sentence.words.length));
      const hardWords = [...new Set(words.filter((word) => syllables(word) >= 4).map((word) => word.toLowerCase()))].slice(0, 3);
      const measured = readingGrade !== undefined ? `reads at grade ${score.grade.toFixed(0)} (target ${readingGrade} or lower)` : `scores ${score.ease.toFixed(0)} for reading ease (target ${readingEase} or more; about grade ${Math.max(1, score.grade).toFixed(0)})`;
      const advice = [`shorter sentences (the longest here has ${longest} words)`, hardWords.length > 0 ? `plainer words than ${hardWords.map((word) => `"${word}"`).join(', ')}` : 'shorter words'];
      findings.push({ message: `This paragraph ${measured}: use ${advice.join(' and ')}.`, range: rangeIn(block.prose, block.sentences[0]!.start, block.sentences[0]!.end) });
    }
    return findings;
  },
};
