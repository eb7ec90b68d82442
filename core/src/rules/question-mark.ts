import { allFaqItems } from './faq-items';
import { quoted } from './helpers';
import type { TextSpan } from '../model/types';
import type { Fix, Rule } from './types';

/**
 * "?" or "？" at the end, or before a note in brackets ("Why SQLite? (decided in v0.6)");
 * a Japanese question closed by か。; and questions in scripts whose punctuation the
 * English rule does not know (Chinese, Korean, Russian writers often leave the mark out).
 */
function readsAsQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (/[?？]["”’)）*_]*$/.test(trimmed) || /[?？]\s*[(（\[][^)）\]]*[)）\]]?\s*$/.test(trimmed) || /[?？]\s+[—–-]/.test(trimmed)) return true;
  if (/か[。.]?$/.test(trimmed)) return true;
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}]/u.test(trimmed);
}

/** A FAQ entry phrased as a statement hides the question the reader is asking. */
export const questionMark: Rule = {
  id: 'question-mark',
  defaultSeverity: 'warning',
  description: 'A FAQ question does not end with a question mark.',
  check(model) {
    // Internal FAQs often hold reference entries ("Success metrics", "Build order"): only the customer's questions must be asked as questions.
    return allFaqItems(model)
      .filter(({ faqName }) => faqName === 'customer FAQ')
      .filter(({ item }) => item.question.text.length > 0 && !readsAsQuestion(item.question.text))
      .map(({ item }) => ({
        range: item.question.range,
        message: `${quoted(item.question.text)} is not phrased as a question. Write it the way a reader would ask it, ending with "?".`,
        fixes: [addQuestionMark(item.question)],
      }));
  },
};

/**
 * Safe: the question is already a question to its reader; the mark only says so. A closing
 * "." or ":" gives way to it, where the range ends on that character as written; behind
 * emphasis or code the mark goes after the markup, and the writer looks at it first.
 */
function addQuestionMark(question: TextSpan): Fix {
  const end = question.range.end;
  const asWritten = question.endsAsWritten === true;
  if (asWritten && /[.:;!]$/.test(question.text) && end.character > 0) {
    const last = { line: end.line, character: end.character - 1 };
    return { title: `Replace the closing "${question.text.slice(-1)}" with "?"`, edits: [{ range: { start: last, end }, newText: '?' }], safe: true };
  }
  return { title: 'Add "?" at the end of the question', edits: [{ range: { start: end, end }, newText: '?' }], safe: asWritten };
}
