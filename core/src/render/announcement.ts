// The PR/FAQ as a launch announcement: masthead, press release in newswire
// style with pull quotes and a call-to-action box, the two FAQs, and the
// metrics as cards. A pure function of the parsed document, shared by the
// preview, the HTML export and the command line.
import type { Element, ElementContent } from 'hast';
import type { Paragraph, RootContent } from 'mdast';
import type { ParsedDocument } from '../model/build';
import { toString } from 'mdast-util-to-string';
import { frontMatterText } from '../model/front-matter';
import { emphasisedRunIn, partOfLabel, plainRunIn, runInSeparator } from '../model/part-labels';
import { sectionNames } from '../model/part-order';
import { itemsInSection } from '../model/faq';
import type { FaqItem, Metric, PressRelease, Quote, Range, Section } from '../model/types';
import { answerLabel, answerLabelOf, faqEntries, lineOf, metricColumns, metricFields, metricRow, metricsIntro, sectionBlocks, type FaqItemEntry } from './blocks';
import { contentOf, el, inlineContentOf, type RenderOptions } from './hast';

export function renderArticle(parsed: ParsedDocument, options: RenderOptions): Element {
  const { model } = parsed;
  const blocksBySection = sectionBlocks(parsed);
  // The FAQs printed alone (to count their pages) start as they would on a fresh page: without the masthead.
  const children: ElementContent[] = options.parts && !options.parts.includes('press-release') ? [] : [masthead(parsed)];
  for (const section of model.sections) {
    if (!isIncluded(section, options.parts)) continue;
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

/** Whether a part is among those asked for: the press release, or the FAQs (customer and internal). */
function isIncluded(section: Section, parts: RenderOptions['parts']): boolean {
  if (!parts) return true;
  if (section.kind === 'press-release') return parts.includes('press-release');
  return (section.kind === 'customer-faq' || section.kind === 'internal-faq') && parts.includes('faqs');
}

function emptyNotice(notice?: string): ElementContent[] {
  const text = notice ?? 'No PR/FAQ parts found yet. Start with a "## Press Release" heading, then "## Customer FAQ", "## Internal FAQ" and "## Success Metrics".';
  return [el('p', { className: ['notice'] }, [text])];
}


function masthead(parsed: ParsedDocument): Element {
  const data = parsed.model.frontMatter?.data ?? {};
  const title = parsed.model.title?.text ?? frontMatterText(data, 'product');
  const meta = [frontMatterText(data, 'author'), frontMatterText(data, 'status')].filter((part): part is string => part !== undefined);
  return el('header', { className: ['masthead'], dataLine: 0 }, [
    el('p', { className: ['kicker'] }, ['Press release · PR/FAQ']),
    ...(title ? [el('p', { className: ['product'] }, [title])] : []),
    ...(meta.length ? [el('p', { className: ['meta'] }, [meta.join(' · ')])] : []),
  ]);
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
    if (node.type === 'heading' && partOfLabel(toString(node, { includeImageAlt: false }))) continue;
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

/** Paragraph content without its run-in label ("**The problem.**", "Problem:"): labels are for writers, not readers. */
function withoutLabel(node: RootContent, options: RenderOptions): ElementContent[] {
  if (node.type !== 'paragraph') return contentOf(node, options);
  const content = inlineContentOf(node, options);
  const [first, second] = content;
  if (emphasisedRunIn(node)) {
    const rest = content.slice(1);
    if (second?.type === 'text') rest[0] = { ...second, value: second.value.replace(runInSeparator, '') };
    return rest;
  }
  const inText = first?.type === 'text' ? plainRunIn(first.value) : undefined;
  return first?.type === 'text' && inText ? [{ ...first, value: first.value.slice(inText.length) }, ...content.slice(1)] : content;
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
  for (const entry of faqEntries(items, sectionBlocks)) {
    if (entry.kind === 'intro') children.push(...block(entry.node, options, 'faq-intro'));
    else children.push(faqItem(entry, options));
  }
  return el('section', { className: ['faq', internal ? 'internal-faq' : 'customer-faq'], dataLine: lineOf(section.range) }, children);
}

function faqItem({ item, sharedAnswer, answerNodes }: FaqItemEntry, options: RenderOptions): Element {
  const question = el('h3', { className: ['question'] }, [
    ...(item.number ? [el('span', { className: ['number'] }, [item.number])] : []),
    item.question.text,
  ]);
  const answer: ElementContent[] = [];
  if (sharedAnswer) answer.push(el('p', {}, [sharedAnswer]));
  for (const node of answerNodes) {
    const label = node.type === 'paragraph' ? answerLabelOf(node) : undefined;
    if (node.type === 'paragraph' && label) answer.push(el('p', { dataLine: lineOf(node) }, withoutAnswerLabel(node, label, options)));
    else answer.push(...block(node, options));
  }
  if (answer.length === 0) answer.push(el('p', { className: ['missing'] }, ['No answer yet.']));
  return el('div', { className: ['faq-item'], dataLine: lineOf(item.range) }, [question, el('div', { className: ['answer'] }, answer)]);
}

function withoutAnswerLabel(node: Paragraph, label: 'bold' | 'text', options: RenderOptions): ElementContent[] {
  const content = inlineContentOf(node, options);
  const [first, second] = content;
  if (label === 'bold') {
    const rest = content.slice(1);
    if (second?.type === 'text') rest[0] = { ...second, value: second.value.replace(/^\s+/, '') };
    return rest;
  }
  if (first?.type === 'text') return [{ ...first, value: first.value.replace(answerLabel, '') }, ...content.slice(1)];
  return content;
}

function metrics(section: Section, list: Metric[], blocks: RootContent[], options: RenderOptions): Element {
  const intro = metricsIntro(list, blocks);
  const cards = list.map((metric) => {
    const fields = metricFields(metric);
    return el('div', { className: ['metric-card', metric.type ?? 'untyped'], dataLine: lineOf(metric.range) }, [
      el('p', { className: ['metric-type'] }, [fields.type ?? 'type not stated']),
      el('p', { className: ['metric-target'] }, [fields.target]),
      el('p', { className: ['metric-name'] }, [fields.name]),
      el('p', { className: ['metric-by'] }, [fields.by ? `by ${fields.by}` : 'No date yet']),
    ]);
  });
  const shown = options.metricsAs === 'table' ? metricsTable(list) : el('div', { className: ['metric-cards'] }, cards);
  return el('section', { className: ['metrics'], dataLine: lineOf(section.range) }, [sectionHeading(section), ...intro.flatMap((node) => block(node, options)), shown]);
}

function metricsTable(list: Metric[]): Element {
  const cell = (tag: 'th' | 'td', text: string) => el(tag, {}, [text]);
  const header = el('tr', {}, metricColumns.map((text) => cell('th', text)));
  const rows = list.map((metric) => el('tr', { className: ['metric-row'] }, metricRow(metric).map((text) => cell('td', text))));
  return el('table', { className: ['metric-table'] }, [el('thead', {}, [header]), el('tbody', {}, rows)]);
}

function genericSection(section: Section, blocks: RootContent[], options: RenderOptions): Element {
  return el('section', { className: ['part', section.kind], dataLine: lineOf(section.range) }, [
    sectionHeading(section),
    ...blocks.filter((node) => node.type !== 'html').flatMap((node) => block(node, options)),
  ]);
}
