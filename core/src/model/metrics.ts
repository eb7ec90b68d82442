// Success metrics from a table, a list, or headed paragraphs: each metric's
// name, target figure, time frame and whether it is an input or an output.
import type { List, RootContent, Table } from 'mdast';
import { plainTextOf, type PlainText } from './plain-text';
import type { SectionWithBlocks } from './section-blocks';
import type { SourceText } from './source';
import type { Metric, MetricType, SuccessMetrics } from './types';

const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const timeFramePattern = new RegExp(
  [
    String.raw`${month}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
    String.raw`\d{1,2}\s+${month},?\s+\d{4}`,
    String.raw`${month},?\s+\d{4}`,
    String.raw`\d{4}-\d{2}(?:-\d{2})?`,
    String.raw`\b(?:Q[1-4]|H[12])\s*(?:FY\s*)?'?\d{2,4}\b`,
    String.raw`\bFY\s*'?\d{2,4}\b`,
    String.raw`\b(?:within|in|after|by|over|for)\s+(?:the\s+)?(?:first\s+|next\s+)?(?:\d+|one|two|three|four|six|twelve|eighteen)\s+(?:days?|weeks?|months?|quarters?|years?)\b`,
    String.raw`\b(?:within|in|by|after|during)\s+(?:the\s+)?(?:first|second|next)\s+(?:day|week|month|quarter|year|half)\b`,
    String.raw`\b(?:end|close)\s+of\s+(?:the\s+)?(?:\d{4}|year|quarter|Q[1-4]|fiscal year|pilot|launch year)\b`,
    String.raw`\b(?:launch|day)\s*\+\s*\d+\s*(?:days?|d|weeks?|months?)?\b`,
    String.raw`\b(?:by|in|before|during)\s+(?:20\d{2})\b`,
    String.raw`^\s*20\d{2}\s*$`,
    // The same in the other languages prfaq reads: "導入後1〜3ヶ月", "6개월 이내", "3个月内", "nach 6 Monaten", "dans 3 mois", "em 6 meses".
    String.raw`\d+\s*(?:[〜~～\-–]\s*\d+\s*)?(?:ヶ月|か月|カ月|ヵ月|ケ月|週間|年|개월|주|년|个月|個月|周|年)`,
    String.raw`半年|一年|1年|四半期`,
    String.raw`\b(?:in|nach|innerhalb(?:\s+von)?|bis|dans|d'ici|en|em|dentro\s+de|durante)\s+(?:\d+|ein(?:em|er)?|un|une|uno|una|um|uma)\s+(?:Monaten?|Wochen?|Jahren?|mois|semaines?|ans?|années?|meses|semanas|años?|anos?)\b`,
    String.raw`\b(?:bis|d'ici|hasta|até)\s+(?:Ende\s+|fin\s+|finales\s+de\s+|o\s+fim\s+de\s+)?20\d{2}\b`,
    // "Launch success (week 1)", "Adoption (month 3)": a time frame given to a whole group of metrics.
    String.raw`\((?:week|month|quarter|day|year)\s+\d{1,2}\)`,
  ].join('|'),
  'i',
);
const figurePattern = /(?:[$€£¥]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|percent|pp|x|×|ms|milliseconds?|seconds?|secs?|s\b|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|k\b|K\b|M\b|B\b|million|billion|thousand|points?|stars?|clinics?|customers?|users?|teams?|stores?)?/;

export function buildSuccessMetrics(part: SectionWithBlocks, source: SourceText): SuccessMetrics {
  const tables = part.blocks.filter((node): node is Table => node.type === 'table');
  const grouped = (node: Table | List, metrics: Metric[]) => withGroupTimeFrame(metrics, groupTimeFrame(part.blocks, node, source));
  if (tables.length > 0) return { section: part.section, metrics: tables.flatMap((table) => grouped(table, metricsOfTable(table, source))), style: 'table' };
  const lists = part.blocks.filter((node): node is List => node.type === 'list');
  if (lists.length > 0) return { section: part.section, metrics: lists.flatMap((list) => grouped(list, metricsOfList(list, source))), style: 'list' };
  return { section: part.section, metrics: metricsOfParagraphs(part.blocks, source), style: 'paragraphs' };
}

/** The time frame in the bold line or heading above a table or list of metrics: "### Launch success (week 1)", "**Adoption (month 3)**:". */
function groupTimeFrame(blocks: RootContent[], node: RootContent, source: SourceText): string | undefined {
  const index = blocks.indexOf(node);
  // Past another group's table or list, only a heading can still give this group its time frame.
  let pastAnotherGroup = false;
  for (let at = index - 1; at >= 0; at--) {
    const block = blocks[at]!;
    if (block.type === 'table' || block.type === 'list') {
      pastAnotherGroup = true;
      continue;
    }
    if (pastAnotherGroup && block.type !== 'heading') continue;
    // "**Launch Success (Week 1)**:": a bold line, perhaps with a colon after it.
    const isLabel = block.type === 'heading' || (block.type === 'paragraph' && block.children[0]?.type === 'strong' && block.children.slice(1).every((child) => child.type === 'text' && /^[\s:.—–-]*$/.test(child.value)));
    if (!isLabel) continue;
    const found = timeFramePattern.exec(plainTextOf(block, source).text)?.[0]?.trim();
    // A bold label with no time frame ("**Efficiency**:") may sit under a heading that gives one ("### Short term (months 1–3)").
    if (found || block.type === 'heading') return found;
  }
  return undefined;
}

function withGroupTimeFrame(metrics: Metric[], timeFrame: string | undefined): Metric[] {
  if (timeFrame) for (const metric of metrics) metric.timeFrame ??= timeFrame;
  return metrics;
}

type Column = 'name' | 'type' | 'target' | 'date' | 'baseline';
const columnPatterns: Array<[Column, RegExp]> = [
  ['type', /\b(?:type|input|output|kind|category|i\/o)\b/i],
  ['baseline', /\b(?:baseline|today|current|now)\b/i],
  ['date', /\b(?:by|date|deadline|when|time ?frame|timeline|due|target date)\b/i],
  ['target', /\b(?:target|goal|threshold|value|success|aim)\b/i],
  ['name', /\b(?:metric|measure|kpi|name|what|indicator)\b/i],
];

function metricsOfTable(table: Table, source: SourceText): Metric[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const columns = header.children.map((cell) => {
    const text = plainTextOf(cell, source).text;
    return columnPatterns.find(([, pattern]) => pattern.test(text))?.[0];
  });
  if (!columns.includes('name')) columns[0] = 'name';
  return rows.map((row) => {
    const cellText = (column: Column) => {
      const index = columns.indexOf(column);
      return index >= 0 && row.children[index] ? plainTextOf(row.children[index]!, source).text.trim() : '';
    };
    const rowText = plainTextOf(row.children, source);
    const name = cellText('name') || rowText.text.split('\n')[0]!.trim();
    const targetText = columns.includes('target') ? cellText('target') : withoutColumn(rowText.text, name);
    const dateText = cellText('date');
    const stated = statedType(cellText('type'));
    return makeMetric(rowText, name, targetText, dateText || targetText || name, stated);
  });
}

function withoutColumn(text: string, name: string): string {
  return text.replace(name, ' ');
}

function metricsOfList(list: List, source: SourceText): Metric[] {
  return list.children.map((item) => {
    const plain = plainTextOf(item, source);
    const first = item.children[0];
    const strong = first?.type === 'paragraph' && first.children[0]?.type === 'strong' ? plainTextOf(first.children[0], source).text : undefined;
    const name = strong ?? nameFromSentence(plain.text);
    const rest = strong ? plain.text.slice(plain.text.indexOf(strong) + strong.length) : plain.text;
    return makeMetric(plain, name, rest, rest, statedType(plain.text));
  });
}

/** "Input — median pickup time under 45 minutes by …" → "median pickup time". */
function nameFromSentence(text: string): string {
  const withoutType = text.replace(/^\s*(?:\(?(?:input|output)\)?)\s*(?:metric)?\s*[:—–-]\s*/i, '');
  const beforeSeparator = withoutType.split(/[:—–(]|\s-\s/)[0] ?? withoutType;
  const beforeFigure = beforeSeparator.split(/\s(?:under|below|above|over|at least|at most|reaches|reach|from|is|are|stays?)\s|\s[<>≤≥=]|\s?[$€£]?\d/)[0] ?? beforeSeparator;
  return (beforeFigure.trim() || beforeSeparator.trim()).replace(/[.,;]+$/, '');
}

function metricsOfParagraphs(blocks: RootContent[], source: SourceText): Metric[] {
  const metrics: Metric[] = [];
  blocks.forEach((node, index) => {
    if (node.type !== 'heading' && node.type !== 'paragraph') return;
    const plain = plainTextOf(node, source);
    if (node.type === 'heading') {
      const next = blocks[index + 1];
      const detail = next?.type === 'paragraph' ? plainTextOf(next, source).text : '';
      metrics.push(makeMetric(plain, plain.text.trim(), detail, detail, statedType(`${plain.text} ${detail}`)));
    } else if (node.children[0]?.type === 'strong' && blocks[index - 1]?.type !== 'heading') {
      const name = plainTextOf(node.children[0], source).text.replace(/[:.]\s*$/, '');
      const rest = plain.text.slice(plain.text.indexOf(name) + name.length);
      metrics.push(makeMetric(plain, name, rest, rest, statedType(plain.text)));
    }
  });
  return metrics;
}

function makeMetric(plain: PlainText, name: string, targetText: string, timeText: string, stated: MetricType | undefined): Metric {
  const timeFrame = timeFramePattern.exec(timeText)?.[0]?.trim();
  const targetWithoutDate = timeFrame ? targetText.replace(timeFrame, ' ') : targetText;
  // "Zero critical bugs" sets a target of none.
  const figure = figurePattern.exec(targetWithoutDate)?.[0]?.trim() ?? /\bzero\b/i.exec(targetWithoutDate)?.[0];
  const span = plain.span();
  const metric: Metric = { ...span, name, typeStated: stated !== undefined };
  if (figure) {
    metric.target = figure;
    const unit = /[\d.,]\s?([^\d\s.,].*)$/.exec(figure)?.[1];
    if (unit) metric.unit = unit.trim();
  }
  if (timeFrame) metric.timeFrame = timeFrame;
  const type = stated ?? inferredType(`${name} ${targetText}`);
  if (type) metric.type = type;
  return metric;
}

function statedType(text: string): MetricType | undefined {
  const match = /\b(input|output)s?\b/i.exec(text);
  return match ? (match[1]!.toLowerCase() as MetricType) : undefined;
}

const outputWords = /\b(?:revenue|sales|sign-?ups|signups|subscribers|customers|users|retention|churn|nps|net promoter|adoption|orders|installs|downloads|market share|profit|bookings|renewals|active|monthly active|mau|dau|growth|conversions?)\b/i;
const inputWords = /\b(?:time|latency|speed|accuracy|price|cost|selection|coverage|availability|response|defects?|errors?|steps|uptime|delay|wait|load|freshness|in-stock|catalog|setup)\b/i;

function inferredType(text: string): MetricType | undefined {
  const input = inputWords.test(text);
  const output = outputWords.test(text);
  if (input && !output) return 'input';
  if (output && !input) return 'output';
  return undefined;
}
