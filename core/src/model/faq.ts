// Questions and answers of a FAQ part, in the shapes writers use: a heading
// per question (`### How much is it?`, `#### Q: …`, `### 1. …`), `Q:` / `A:`
// paragraphs (also across a hard line break), a whole bold line with or
// without a label or number (`**Q: …?**`, `**C1. …**`, `**Q9b. …**`), and
// list items (`- Q: …` with a nested `- A: …`, `1. **…?**`). Headings that
// hold questions of their own ("General", "Pricing") are topic groups.
import type { Blockquote, ListItem, Paragraph, RootContent } from 'mdast';
import { plainTextOf } from './plain-text';
import type { SectionWithBlocks } from './section-blocks';
import type { SourceText } from './source';
import type { Faq, FaqItem, FaqStyle, Position, Range, TextSpan } from './types';
import { countWords } from './words';

interface OpenItem {
  question: TextSpan;
  number?: string;
  style: FaqStyle;
  start: Range['start'];
  answerBlocks: RootContent[];
  /** An answer that follows the question in the same paragraph. */
  inlineAnswer?: TextSpan;
}

const qLabel = /^\s*(?:Q(?:uestion)?\s*(\d+[a-z]?)?\s*[:.)：]|Q(\d+[a-z]?)\b[.:)：]?)\s*/i;
const aLabel = /^\s*A(?:nswer)?\s*\d*[a-z]?\s*[:.)：]\s*/i;
const answerOnNextLine = /\n\s*(?:\*\*|__)?A(?:nswer)?\s*\d*[a-z]?\s*[:.)：]/i;
const numbering = /^\s*(?:([A-Z]{0,2}\d+[a-z]?(?:\.\d+)*)[.):]|\(([A-Z]?\d+)\))\s+/;
/** "?" or "？" at the end, perhaps before a bracketed note: "Why no team plan? (And why not later)". */
const endsAsQuestion = /[?？](?:\s*[(（][^)）]*[)）])?\s*$/;

export function buildFaq(part: SectionWithBlocks, source: SourceText): Faq {
  const items: FaqItem[] = [];
  let open: OpenItem | undefined;
  const close = () => {
    if (open) items.push(finishItem(open, source));
    open = undefined;
  };

  part.blocks.forEach((node, index) => {
    if (node.type === 'heading') {
      close();
      const plain = plainTextOf(node, source);
      if (isGroupHeading(plain.text, node.depth, part.blocks.slice(index + 1), source)) return;
      const { number, from } = splitNumber(plain.text, qLabel);
      open = { question: plain.span(from), number, style: 'heading', start: startOf(node, source), answerBlocks: [] };
      return;
    }
    // A quotation block right under a question that has no answer yet is that answer ("> What is the motivation?" under "### Why are we doing this?").
    const answered = !open || open.answerBlocks.length > 0 || open.inlineAnswer !== undefined;
    const question = node.type === 'paragraph' ? questionParagraph(node, source) : node.type === 'blockquote' && answered ? questionBlockquote(node, source) : undefined;
    if (question) {
      close();
      open = question;
      return;
    }
    if (node.type === 'list' && node.children.some((item) => questionItem(item, source))) {
      for (const item of node.children) {
        const question = questionItem(item, source);
        if (question) {
          close();
          open = question;
        } else open?.answerBlocks.push(item);
      }
      return;
    }
    if (node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') return;
    open?.answerBlocks.push(node);
  });
  close();
  return { section: part.section, items };
}

/**
 * "### Pricing" over "#### How much does it cost?", or over `**Q: …**` lines,
 * groups questions; it is not one.
 */
function isGroupHeading(text: string, depth: number, rest: RootContent[], source: SourceText): boolean {
  if (endsAsQuestion.test(text.trim()) || qLabel.test(text)) return false;
  const next = rest.find((node) => node.type !== 'html');
  if (next?.type === 'heading' && next.depth > depth) return true;
  for (const node of rest) {
    if (node.type === 'heading') return false;
    if (node.type === 'paragraph' && questionParagraph(node, source)) return true;
    if (node.type === 'list' && node.children.some((item) => questionItem(item, source))) return true;
  }
  return false;
}

function questionParagraph(node: Paragraph, source: SourceText): OpenItem | undefined {
  const plain = plainTextOf(node, source);
  const start = startOf(node, source);
  const labelled = qLabel.exec(plain.text);
  const first = node.children[0];
  const bold = first?.type === 'strong' ? plainTextOf(first, source).text : undefined;
  const boldEnd = bold !== undefined ? plain.text.indexOf(bold) + bold.length : -1;
  if (labelled) {
    // "Q: question" and "A: answer" may share one paragraph, a line apart; "**Q: question?**" may have its answer on the next line.
    const answerAt = answerOnNextLine.exec(plain.text);
    const wholeBold = bold !== undefined && qLabel.test(bold) && bold.replace(qLabel, '').trim().length > 0 && boldEnd < plain.text.length && (!answerAt || answerAt.index >= boldEnd);
    const questionEnd = answerAt ? answerAt.index : wholeBold ? boldEnd : plain.text.length;
    const item: OpenItem = { question: plain.span(labelled[0].length, questionEnd), style: 'qa', start, answerBlocks: [] };
    const number = labelled[1] ?? labelled[2];
    if (number) item.number = `Q${number}`;
    if (answerAt) item.inlineAnswer = plain.span(answerAt.index + answerAt[0].length);
    else if (wholeBold && plain.text.slice(questionEnd).trim().length > 0) item.inlineAnswer = withoutAnswerLabel(plain, questionEnd);
    return item;
  }
  if (bold === undefined) return questionLine(plain, start);
  const { number, from } = splitNumber(bold, numbering);
  if (!endsAsQuestion.test(bold.trim()) && number === undefined) return undefined;
  const item: OpenItem = { question: plain.span(plain.text.indexOf(bold) + from, boldEnd), style: 'bold', start, answerBlocks: [] };
  if (number) item.number = number;
  if (plain.text.slice(boldEnd).trim().length > 0) item.inlineAnswer = withoutAnswerLabel(plain, boldEnd);
  return item;
}

/**
 * "Do I have to know SQL?" on a line of its own, its answer on the lines below
 * in the same paragraph (a hard break, or a list item's next line): the
 * question is that first line.
 */
function questionLine(plain: ReturnType<typeof plainTextOf>, start: Position): OpenItem | undefined {
  const newline = plain.text.indexOf('\n');
  if (newline === -1) return undefined;
  const line = plain.text.slice(0, newline).trim();
  if (!endsAsQuestion.test(line) || countWords(line) > 30 || plain.text.slice(newline).trim().length === 0) return undefined;
  const { number, from } = splitNumber(line, numbering);
  const lead = plain.text.length - plain.text.trimStart().length;
  const item: OpenItem = { question: plain.span(lead + from, lead + line.length), style: 'qa', start, answerBlocks: [], inlineAnswer: plain.span(newline + 1) };
  if (number) item.number = number;
  return item;
}

/** "> Who is it for?" set apart as a quotation block, its answer below: a question. */
function questionBlockquote(node: Blockquote, source: SourceText): OpenItem | undefined {
  const plain = plainTextOf(node, source);
  const text = plain.text.trim();
  if (text.includes('\n') || !endsAsQuestion.test(text) || countWords(text) > 30) return undefined;
  const lead = plain.text.length - plain.text.trimStart().length;
  return { question: plain.span(lead, lead + text.length), style: 'qa', start: startOf(node, source), answerBlocks: [] };
}

/** A list item that opens with a question: `- Q: …`, `- **Q: …**`, `1. **How much is it?**`. Its other content is the answer. */
function questionItem(item: ListItem, source: SourceText): OpenItem | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const question = questionParagraph(first, source);
  if (!question) return undefined;
  question.start = startOf(item, source);
  question.answerBlocks.push(...answerOfItem(rest));
  return question;
}

/** A nested `- A: …` list is the answer itself, not a list in it. */
function answerOfItem(blocks: RootContent[]): RootContent[] {
  return blocks.flatMap((block) => (block.type === 'list' && block.children.length === 1 ? block.children[0]!.children : [block]));
}

function withoutAnswerLabel(plain: ReturnType<typeof plainTextOf>, from: number): TextSpan {
  const label = aLabel.exec(plain.text.slice(from).replace(/^\s+/, ''));
  const skipped = plain.text.slice(from).length - plain.text.slice(from).trimStart().length;
  return plain.span(from + skipped + (label ? label[0].length : 0));
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
  // A code block or an image answers a question too, though it has no prose.
  const wordless = open.answerBlocks.find((node) => node.type === 'code' || (node.type === 'paragraph' && node.children.some((child) => child.type === 'image')));
  if (!answer && wordless) answer = { text: wordless.type === 'code' ? wordless.value : '', range: source.rangeAt(wordless.position?.start.offset ?? 0, wordless.position?.end.offset ?? 0) };
  const end = answer?.range.end ?? open.question.range.end;
  const item: FaqItem = { question: open.question, style: open.style, range: { start: open.start, end } };
  if (open.number) item.number = open.number;
  if (answer) item.answer = answer;
  return item;
}

/** The items of `faq` that stand in `section`: a FAQ continued in several parts shows each part's own. */
export function itemsInSection(faq: Faq, section: { range: Range }): FaqItem[] {
  const { start, end } = section.range;
  const inside = (position: Range['start']) =>
    (position.line > start.line || (position.line === start.line && position.character >= start.character)) && (position.line < end.line || (position.line === end.line && position.character <= end.character));
  return faq.items.filter((item) => inside(item.question.range.start));
}

/** Words in every FAQ part together, for the five-page budget. */
export function faqWordCount(sections: Array<{ kind: string; wordCount: number }>): number {
  return sections.filter((section) => section.kind === 'customer-faq' || section.kind === 'internal-faq').reduce((sum, section) => sum + section.wordCount, 0);
}

/** Whether a block opens a FAQ entry: a `Q:` or bold question paragraph, or a list of them. */
export function opensQuestion(node: RootContent, source: SourceText): boolean {
  if (node.type === 'paragraph') return questionParagraph(node, source) !== undefined;
  if (node.type === 'list') return node.children.some((item) => questionItem(item, source) !== undefined);
  return false;
}
