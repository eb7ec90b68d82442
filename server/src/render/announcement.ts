// The PR/FAQ as a launch announcement: masthead, press release in newswire
// style with pull quotes and a call-to-action box, the two FAQs, and the
// metrics as cards. A pure function of the parsed document, shared by the
// preview, the HTML export and the command line.
import type { Element, ElementContent } from 'hast';
import type { Heading, List, Paragraph, RootContent } from 'mdast';
import type { ParsedDocument } from '../model/build';
import { partOfLabel } from '../model/part-labels';
import { sectionNames } from '../model/section-kind';
import { itemsInSection } from '../model/faq';
import type { FaqItem, Metric, PressRelease, Quote, Range, Section } from '../model/types';
import { contentOf, el, inlineContentOf, type RenderOptions } from './hast';

export function renderArticle(parsed: ParsedDocument, options: RenderOptions): Element {
  const { model } = parsed;
  const blocksBySection = sectionBlocks(parsed);
  const children: ElementContent[] = [masthead(parsed)];
  for (const section of model.sections) {
    const blocks = blocksBySection.get(section) ?? [];
    if (section === model.pressRelease?.section) children.push(pressRelease(model.pressRelease, blocks, options));
    else if (section.kind === 'customer-faq' && model.customerFaq) children.push(faq(section, itemsInSection(model.customerFaq, section), blocks, options, false));
    else if (section.kind === 'internal-faq' && model.internalFaq) children.push(faq(section, itemsInSection(model.internalFaq, section), blocks, options, true));
    else if (section === model.successMetrics?.section) children.push(metrics(section, model.successMetrics.metrics, blocks, options));
    else children.push(genericSection(section, blocks, options));
  }
  if (model.sections.length === 0) {
    const blocks = parsed.tree.children.filter((node) => node.type !== 'yaml');
    children.push(el('section', { className: ['unstructured'] }, [...emptyNotice(options.notice), ...blocks.flatMap((node) => block(node, options))]));
  }
  return el('article', { className: ['prfaq'] }, children);
}

function emptyNotice(notice?: string): ElementContent[] {
  const text = notice ?? 'No PR/FAQ parts found yet. Start with a "## Press Release" heading, then "## Customer FAQ", "## Internal FAQ" and "## Success Metrics".';
  return [el('p', { className: ['notice'] }, [text])];
}

/** The zero-based line a block starts on, or a range starts on. */
const lineOf = (of: RootContent | Range): number => ('type' in of ? (of.position?.start.line ?? 1) - 1 : of.start.line);

function masthead(parsed: ParsedDocument): Element {
  const data = parsed.model.frontMatter?.data ?? {};
  const status = typeof data.status === 'string' ? data.status : undefined;
  const author = typeof data.author === 'string' ? data.author : undefined;
  const title = parsed.model.title?.text ?? (typeof data.product === 'string' ? data.product : undefined);
  const meta = [author, status].filter((part): part is string => Boolean(part));
  return el('header', { className: ['masthead'], dataLine: 0 }, [
    el('p', { className: ['kicker'] }, ['Press release · PR/FAQ']),
    ...(title ? [el('p', { className: ['product'] }, [title])] : []),
    ...(meta.length ? [el('p', { className: ['meta'] }, [meta.join(' · ')])] : []),
  ]);
}

/** The blocks of each part, from the one parse. */
function sectionBlocks(parsed: ParsedDocument): Map<Section, RootContent[]> {
  const map = new Map<Section, RootContent[]>();
  for (const section of parsed.model.sections) {
    const blocks = parsed.tree.children.filter((node) => {
      const line = lineOf(node);
      const headingLine = section.depth > 0 ? section.headingRange.start.line : -1;
      return node.type !== 'yaml' && line > headingLine && line >= section.range.start.line && line <= section.range.end.line;
    });
    map.set(section, blocks);
  }
  return map;
}

function sectionHeading(section: Section, extra: ElementContent[] = []): Element {
  return el('h2', { className: ['part-title'], dataLine: lineOf(section.headingRange) }, [section.title || sectionNames[section.kind], ...extra]);
}

function block(node: RootContent, options: RenderOptions, className?: string): ElementContent[] {
  return contentOf(node, options).map((child) => {
    if (child.type !== 'element') return child;
    child.properties.dataLine = lineOf(node);
    if (className) child.properties.className = [className];
    return child;
  });
}

function pressRelease(pr: PressRelease, blocks: RootContent[], options: RenderOptions): Element {
  const startsAt = (range: Range | undefined, node: RootContent) => range !== undefined && range.start.line === lineOf(node);
  const quoteAt = (node: RootContent) => pr.quotes.find((quote) => quote.range.start.line === lineOf(node));
  const children: ElementContent[] = [];
  if (pr.section.depth > 0) children.push(el('p', { className: ['section-kicker'], dataLine: lineOf(pr.section.headingRange) }, ['For immediate release']));
  for (const node of blocks) {
    if (node.type === 'heading' && partOfLabel(plainHeading(node))) continue;
    if (node.type === 'html' || node.type === 'definition') continue;
    const quote = quoteAt(node);
    if (startsAt(pr.headline?.range, node)) children.push(el('h1', { className: ['headline'], dataLine: lineOf(node) }, [pr.headline!.text]));
    else if (startsAt(pr.subheading?.range, node)) children.push(el('p', { className: ['subheading'], dataLine: lineOf(node) }, [pr.subheading!.text]));
    else if (quote) children.push(pullQuote(quote, node, options));
    else if (startsAt(pr.callToAction?.range, node)) children.push(el('aside', { className: ['call-to-action'], dataLine: lineOf(node) }, withoutLabel(node, options)));
    else if (startsAt(pr.summary?.range, node) && pr.dateline) children.push(summary(pr, node, options));
    else if (node.type === 'paragraph') children.push(el('p', { dataLine: lineOf(node) }, withoutLabel(node, options)));
    else children.push(...block(node, options));
  }
  children.push(el('p', { className: ['end-mark'], ariaHidden: 'true' }, ['###']));
  return el('section', { className: ['press-release'], dataLine: lineOf(pr.section.range) }, children);
}

function plainHeading(node: Heading): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('');
}

/** Paragraph content without a bold run-in label such as "**The problem.**": labels are for writers, not readers. */
function withoutLabel(node: RootContent, options: RenderOptions): ElementContent[] {
  if (node.type !== 'paragraph') return contentOf(node, options);
  const content = inlineContentOf(node, options);
  const [first, second] = content;
  const labelText = first?.type === 'element' && ['strong', 'em'].includes(first.tagName) ? textOf(first) : undefined;
  if (labelText && partOfLabel(labelText)) {
    const rest = content.slice(1);
    if (second?.type === 'text') rest[0] = { ...second, value: second.value.replace(/^[\s:.—–-]+/, '') };
    return rest;
  }
  if (first?.type === 'text') {
    const plainLabel = /^([A-Z][A-Za-z -]{2,30}?)\s*[:—–]\s+/.exec(first.value);
    if (plainLabel && partOfLabel(plainLabel[1]!)) return [{ ...first, value: first.value.slice(plainLabel[0].length) }, ...content.slice(1)];
  }
  return content;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

function summary(pr: PressRelease, node: RootContent, options: RenderOptions): Element {
  const content = withoutLabel(node, options);
  const dateline = pr.dateline!;
  const first = content[0];
  // Set the dateline apart when it opens the paragraph's first run of text.
  if (first?.type === 'text' && first.value.startsWith(dateline.text)) {
    return el('p', { className: ['summary'], dataLine: lineOf(node) }, [
      el('span', { className: ['dateline'] }, [dateline.text]),
      { ...first, value: first.value.slice(dateline.text.length) },
      ...content.slice(1),
    ]);
  }
  return el('p', { className: ['summary'], dataLine: lineOf(node) }, content);
}

const quotedPassage = /[“"]([^”"]+)[”"]/g;

function pullQuote(quote: Quote, node: RootContent, options: RenderOptions): Element {
  const passages = [...quote.text.matchAll(quotedPassage)].map((match) => match[1]!.trim().replace(/,$/, '.'));
  const className = ['pull-quote', quote.role];
  if (!quote.speaker || passages.length === 0) {
    const content = node.type === 'blockquote' ? contentOf(node.children as RootContent[], options) : withoutLabel(node, options);
    return el('figure', { className, dataLine: lineOf(node) }, [el('blockquote', {}, node.type === 'blockquote' ? content : [el('p', {}, content)])]);
  }
  const caption: Array<ElementContent | string> = [el('span', { className: ['speaker'] }, [quote.speaker.name])];
  if (quote.speaker.title) caption.push(', ', el('span', { className: ['speaker-title'] }, [quote.speaker.title]));
  return el('figure', { className, dataLine: lineOf(node) }, [
    el('blockquote', {}, [el('p', {}, [`“${passages.join(' ')}”`])]),
    el('figcaption', {}, ['— ', ...caption]),
  ]);
}

function faq(section: Section, items: FaqItem[], sectionBlocks: RootContent[], options: RenderOptions, internal: boolean): Element {
  const heading = sectionHeading(section, internal ? [el('span', { className: ['badge'] }, ['Internal · not for publication'])] : []);
  const children: ElementContent[] = [heading];
  const blocks = splitQuestionLists(sectionBlocks, items);
  const itemOf = faqItemsOfBlocks(items, blocks);
  const blocksOf = new Map<FaqItem, RootContent[]>();
  for (const node of blocks) {
    const item = itemOf.get(node);
    if (!item) continue;
    const list = blocksOf.get(item);
    if (list) list.push(node);
    else blocksOf.set(item, [node]);
  }
  const rendered = new Set<FaqItem>();
  for (const node of blocks) {
    const item = itemOf.get(node);
    if (!item) {
      if (node.type !== 'html' && node.type !== 'heading') children.push(...block(node, options, 'faq-intro'));
      continue;
    }
    if (rendered.has(item)) continue;
    rendered.add(item);
    children.push(faqItem(item, blocksOf.get(item)!, options));
  }
  return el('section', { className: ['faq', internal ? 'internal-faq' : 'customer-faq'], dataLine: lineOf(section.range) }, children);
}

/**
 * The FAQ item each block belongs to: the first item whose lines hold the
 * block's first line. Found with a binary search over the blocks' lines, not by
 * scanning every item for every block, which took minutes on a long FAQ.
 */
function faqItemsOfBlocks(items: FaqItem[], blocks: RootContent[]): Map<RootContent, FaqItem> {
  const byLine = [...blocks].sort((a, b) => lineOf(a) - lineOf(b));
  const firstAtOrAfter = (line: number) => {
    let low = 0;
    let high = byLine.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (lineOf(byLine[middle]!) < line) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const itemOf = new Map<RootContent, FaqItem>();
  // Later items first, so that an earlier item holding the same line wins, as a search in order would.
  for (const item of [...items].reverse()) {
    for (let index = firstAtOrAfter(item.range.start.line); index < byLine.length && lineOf(byLine[index]!) <= item.range.end.line; index++) {
      itemOf.set(byLine[index]!, item);
    }
  }
  return itemOf;
}

/** A list whose items are questions (`- Q: …`, `1. **…?**`) becomes one list per item, so each item is rendered as its own entry. */
function splitQuestionLists(blocks: RootContent[], items: FaqItem[]): RootContent[] {
  const questionLines = new Set(items.map((item) => item.range.start.line));
  return blocks.flatMap((node) => {
    if (node.type !== 'list' || !node.children.some((child) => questionLines.has(lineOf(child)))) return [node];
    return node.children.map((child): List => ({ ...node, children: [child], position: child.position }));
  });
}

/** The answer of a question written as a list item: the item's content after the question, a nested `- A:` list unwrapped. */
function listItemAnswer(list: List): RootContent[] {
  const [, ...rest] = list.children[0]?.children ?? [];
  return rest.flatMap((block) => (block.type === 'list' && block.children.length === 1 ? block.children[0]!.children : [block]));
}

function faqItem(item: FaqItem, nodes: RootContent[], options: RenderOptions): Element {
  const [questionNode, ...laterNodes] = nodes;
  const answerNodes = questionNode?.type === 'list' ? [...listItemAnswer(questionNode), ...laterNodes] : laterNodes;
  const firstParagraph = questionNode?.type === 'list' ? questionNode.children[0]?.children[0] : questionNode;
  const question = el('h3', { className: ['question'] }, [
    ...(item.number ? [el('span', { className: ['number'] }, [item.number])] : []),
    item.question.text,
  ]);
  const answer: ElementContent[] = [];
  const paragraphEnd = firstParagraph?.type === 'paragraph' ? (firstParagraph.position?.end.line ?? 1) - 1 : -1;
  if (item.answer && item.answer.range.start.line <= paragraphEnd) {
    // The answer shares the question's paragraph ("**C2. Is it secure?** Yes.", or Q: and A: a line apart).
    answer.push(el('p', {}, [item.answer.text.split('\n\n')[0]!]));
  }
  for (const node of answerNodes) {
    if (node.type === 'html') continue;
    if (node.type === 'paragraph' && isAnswerLabelled(node)) answer.push(el('p', { dataLine: lineOf(node) }, withoutAnswerLabel(node, options)));
    else answer.push(...block(node, options));
  }
  if (answer.length === 0) answer.push(el('p', { className: ['missing'] }, ['No answer yet.']));
  return el('div', { className: ['faq-item'], dataLine: lineOf(item.range) }, [question, el('div', { className: ['answer'] }, answer)]);
}

const answerLabel = /^\s*A(?:nswer)?\s*\d*\s*[:.)]\s*/i;

function isAnswerLabelled(node: Paragraph): boolean {
  const first = node.children[0];
  const text = first?.type === 'strong' ? first.children.map((child) => ('value' in child ? child.value : '')).join('') : first?.type === 'text' ? first.value : '';
  return answerLabel.test(text);
}

function withoutAnswerLabel(node: Paragraph, options: RenderOptions): ElementContent[] {
  const content = inlineContentOf(node, options);
  const [first, second] = content;
  if (first?.type === 'element' && answerLabel.test(textOf(first))) {
    const rest = content.slice(1);
    if (second?.type === 'text') rest[0] = { ...second, value: second.value.replace(/^\s+/, '') };
    return rest;
  }
  if (first?.type === 'text') return [{ ...first, value: first.value.replace(answerLabel, '') }, ...content.slice(1)];
  return content;
}

function metrics(section: Section, list: Metric[], blocks: RootContent[], options: RenderOptions): Element {
  const inMetric = (node: RootContent) => list.some((metric) => lineOf(node) >= metric.range.start.line && lineOf(node) <= metric.range.end.line);
  const intro = blocks.filter((node) => node.type !== 'table' && node.type !== 'list' && node.type !== 'html' && !inMetric(node));
  const cards = list.map((metric) =>
    el('div', { className: ['metric-card', metric.type ?? 'untyped'], dataLine: lineOf(metric.range) }, [
      el('p', { className: ['metric-type'] }, [metric.type ? `${metric.type}${metric.typeStated ? '' : ' (inferred)'}` : 'type not stated']),
      el('p', { className: ['metric-target'] }, [metric.target ?? 'No target yet']),
      el('p', { className: ['metric-name'] }, [metric.name]),
      el('p', { className: ['metric-by'] }, [metric.timeFrame ? `by ${metric.timeFrame.replace(/^by\s+/i, '')}` : 'No date yet']),
    ]),
  );
  return el('section', { className: ['metrics'], dataLine: lineOf(section.range) }, [
    sectionHeading(section),
    ...intro.flatMap((node) => block(node, options)),
    el('div', { className: ['metric-cards'] }, cards),
  ]);
}

function genericSection(section: Section, blocks: RootContent[], options: RenderOptions): Element {
  return el('section', { className: ['part', section.kind], dataLine: lineOf(section.range) }, [
    sectionHeading(section),
    ...blocks.filter((node) => node.type !== 'html').flatMap((node) => block(node, options)),
  ]);
}
