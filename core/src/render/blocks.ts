// Which markdown blocks make up each part and each FAQ entry, from the one
// parse: shared by the announcement page and the Word export.
import { toString } from 'mdast-util-to-string';
import type { List, Paragraph, RootContent } from 'mdast';
import type { ParsedDocument } from '../model/build';
import type { FaqItem, Metric, Range, Section } from '../model/types';

/** The zero-based line a block starts on, or a range starts on. */
export const lineOf = (of: RootContent | Range): number => ('type' in of ? (of.position?.start.line ?? 1) - 1 : of.start.line);

/** The blocks of each part, from the one parse. */
export function sectionBlocks(parsed: ParsedDocument): Map<Section, RootContent[]> {
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

export interface FaqIntro {
  kind: 'intro';
  node: RootContent;
}

export interface FaqItemEntry {
  kind: 'item';
  item: FaqItem;
  /** The answer when it shares the question's paragraph ("**C2. Is it secure?** Yes."). */
  sharedAnswer?: string;
  /** The blocks of the answer below the question. */
  answerNodes: RootContent[];
}

/** A FAQ part as a reader sees it: text before the questions, then each question with its answer, in order. */
export function faqEntries(items: FaqItem[], sectionBlocks: RootContent[]): Array<FaqIntro | FaqItemEntry> {
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
  const entries: Array<FaqIntro | FaqItemEntry> = [];
  const seen = new Set<FaqItem>();
  for (const node of blocks) {
    const item = itemOf.get(node);
    if (!item) {
      if (node.type !== 'html' && node.type !== 'heading') entries.push({ kind: 'intro', node });
      continue;
    }
    if (seen.has(item)) continue;
    seen.add(item);
    entries.push(itemEntry(item, blocksOf.get(item)!));
  }
  return entries;
}

function itemEntry(item: FaqItem, nodes: RootContent[]): FaqItemEntry {
  const [questionNode, ...laterNodes] = nodes;
  const answerNodes = (questionNode?.type === 'list' ? [...listItemAnswer(questionNode), ...laterNodes] : laterNodes).filter((node) => node.type !== 'html');
  const firstParagraph = questionNode?.type === 'list' ? questionNode.children[0]?.children[0] : questionNode;
  const paragraphEnd = firstParagraph?.type === 'paragraph' ? (firstParagraph.position?.end.line ?? 1) - 1 : -1;
  const shared = item.answer && item.answer.range.start.line <= paragraphEnd ? item.answer.text.split('\n\n')[0] : undefined;
  return shared ? { kind: 'item', item, sharedAnswer: shared, answerNodes } : { kind: 'item', item, answerNodes };
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

export const answerLabel = /^\s*A(?:nswer)?\s*\d*\s*[:.)]\s*/i;

/** Where an answer's "A:" label is: its bold first child ("**A:** …"), the start of its text ("A: …"), or nowhere. */
export function answerLabelOf(node: Paragraph): 'bold' | 'text' | undefined {
  const first = node.children[0];
  if (first?.type === 'strong') return answerLabel.test(toString(first, { includeImageAlt: false })) ? 'bold' : undefined;
  return first?.type === 'text' && answerLabel.test(first.value) ? 'text' : undefined;
}

/** The blocks of a metrics part around its metrics: its introduction. */
export function metricsIntro(metrics: Metric[], blocks: RootContent[]): RootContent[] {
  const inMetric = (node: RootContent) => metrics.some((metric) => lineOf(node) >= metric.range.start.line && lineOf(node) <= metric.range.end.line);
  return blocks.filter((node) => node.type !== 'table' && node.type !== 'list' && node.type !== 'html' && !inMetric(node));
}

export const metricColumns = ['Metric', 'Target', 'By', 'Type'] as const;

/** A metric as its cards and tables show it: the date without its "by", the type marked when it was inferred. */
export function metricFields(metric: Metric): { name: string; target: string; by?: string; type?: string } {
  return {
    name: metric.name,
    target: metric.target ?? 'No target yet',
    ...(metric.timeFrame ? { by: metric.timeFrame.replace(/^by\s+/i, '') } : {}),
    ...(metric.type ? { type: `${metric.type}${metric.typeStated ? '' : ' (inferred)'}` } : {}),
  };
}

/** A metric's row in a table, in the order of `metricColumns`. */
export function metricRow(metric: Metric): string[] {
  const fields = metricFields(metric);
  return [fields.name, fields.target, fields.by ?? 'No date yet', fields.type ?? 'not stated'];
}
