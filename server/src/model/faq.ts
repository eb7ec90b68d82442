// Questions and answers of a FAQ section, in the three shapes writers use:
// a heading per question, `Q:` / `A:` paragraphs, or a bold question line.
import type { Paragraph, RootContent } from 'mdast';
import { plainTextOf } from './plain-text';
import type { SectionWithBlocks } from './sections';
import type { SourceText } from './source';
import type { Faq, FaqItem, FaqStyle, Range, TextSpan } from './types';

interface OpenItem {
  question: TextSpan;
  number?: string;
  style: FaqStyle;
  start: Range['start'];
  answerBlocks: RootContent[];
  /** An answer that follows the question in the same paragraph. */
  inlineAnswer?: TextSpan;
}

const qLabel = /^\s*(?:Q(?:uestion)?\s*(\d+)?\s*[:.)]|Q(\d+)\b[.:)]?)\s*/i;
const aLabel = /^\s*A(?:nswer)?\s*\d*\s*[:.)]\s*/i;
const numbering = /^\s*(?:([A-Z]{0,2}\d+(?:\.\d+)*)[.):]|\(([A-Z]?\d+)\))\s+/;

export function buildFaq(part: SectionWithBlocks, source: SourceText): Faq {
  const items: FaqItem[] = [];
  let open: OpenItem | undefined;
  const close = () => {
    if (open) items.push(finishItem(open, source));
    open = undefined;
  };

  part.blocks.forEach((node, index) => {
    if (node.type === 'heading') {
      const plain = plainTextOf(node, source);
      if (isGroupHeading(plain.text, node.depth, part.blocks.slice(index + 1))) {
        close();
        return;
      }
      close();
      const { number, from } = splitNumber(plain.text, qLabel);
      open = { question: plain.span(from), number, style: 'heading', start: startOf(node, source), answerBlocks: [] };
      return;
    }
    if (node.type === 'paragraph') {
      const question = questionParagraph(node, source);
      if (question) {
        close();
        open = question;
        return;
      }
    }
    if (node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') return;
    open?.answerBlocks.push(node);
  });
  close();
  return { section: part.section, items };
}

/** "### Pricing" followed by "#### How much does it cost?" groups questions; it is not one. */
function isGroupHeading(text: string, depth: number, rest: RootContent[]): boolean {
  if (text.trim().endsWith('?')) return false;
  const next = rest.find((node) => node.type !== 'html');
  return next?.type === 'heading' && next.depth > depth;
}

function questionParagraph(node: Paragraph, source: SourceText): OpenItem | undefined {
  const plain = plainTextOf(node, source);
  const start = startOf(node, source);
  const labelled = qLabel.exec(plain.text);
  if (labelled) {
    // "Q: question" and "A: answer" may share one paragraph, a line apart.
    const answerAt = /\n\s*(?:\*\*|__)?A(?:nswer)?\s*\d*\s*[:.)]/i.exec(plain.text);
    const questionEnd = answerAt ? answerAt.index : plain.text.length;
    const item: OpenItem = { question: plain.span(labelled[0].length, questionEnd), style: 'qa', start, answerBlocks: [] };
    const number = labelled[1] ?? labelled[2];
    if (number) item.number = `Q${number}`;
    if (answerAt) item.inlineAnswer = plain.span(answerAt.index + answerAt[0].length);
    return item;
  }
  const first = node.children[0];
  if (first?.type !== 'strong') return undefined;
  const bold = plainTextOf(first, source).text;
  const { number, from } = splitNumber(bold, numbering);
  if (!bold.trim().endsWith('?') && number === undefined) return undefined;
  const boldEnd = plain.text.indexOf(bold) + bold.length;
  const item: OpenItem = { question: plain.span(plain.text.indexOf(bold) + from, boldEnd), style: 'bold', start, answerBlocks: [] };
  if (number) item.number = number;
  const rest = plain.text.slice(boldEnd);
  if (rest.trim().length > 0) item.inlineAnswer = plain.span(boldEnd);
  return item;
}

function startOf(node: RootContent, source: SourceText): Range['start'] {
  return source.positionAt(node.position?.start.offset ?? 0);
}

function splitNumber(text: string, first: RegExp): { number?: string; from: number } {
  const labelled = first === qLabel ? qLabel.exec(text) : null;
  if (labelled) {
    const digits = labelled[1] ?? labelled[2];
    return digits ? { number: `Q${digits}`, from: labelled[0].length } : { from: labelled[0].length };
  }
  const numbered = numbering.exec(text);
  if (!numbered) return { from: 0 };
  return { number: (numbered[1] ?? numbered[2])!, from: numbered[0].length };
}

function finishItem(open: OpenItem, source: SourceText): FaqItem {
  let answer: TextSpan | undefined = open.inlineAnswer;
  if (open.answerBlocks.length > 0) {
    const plain = plainTextOf(open.answerBlocks, source);
    const label = aLabel.exec(plain.text);
    const span = plain.span(label ? label[0].length : 0);
    answer = answer ? { text: `${answer.text}\n\n${span.text}`, range: { start: answer.range.start, end: span.range.end } } : span;
  }
  if (answer && answer.text.trim().length === 0) answer = undefined;
  const end = answer?.range.end ?? open.question.range.end;
  const item: FaqItem = { question: open.question, style: open.style, range: { start: open.start, end } };
  if (open.number) item.number = open.number;
  if (answer) item.answer = answer;
  return item;
}
