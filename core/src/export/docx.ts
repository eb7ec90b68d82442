// The PR/FAQ as a Word document built from the model, with Word's own styles
// (Title, Subtitle, Heading 1–3, Quote, a metrics table, numbered questions),
// so reviewers can comment on it in Word, LibreOffice or Google Docs. Pure
// JavaScript: it runs wherever the model does.
import { toString } from 'mdast-util-to-string';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { PhrasingContent, RootContent } from 'mdast';
import { parseDocument, type ParsedDocument } from '../model/build';
import type { SectionNames } from '../model/heading-names';
import { itemsInSection } from '../model/faq';
import { partOfLabel } from '../model/part-labels';
import { sectionNames } from '../model/part-order';
import type { Metric, PressRelease, Section } from '../model/types';
import { answerLabel, answerLabelOf, faqEntries, lineOf, metricColumns, metricRow, metricsIntro, sectionBlocks } from '../render/blocks';
import { documentTitle } from '../render/index';
import type { PaperSize } from '../../../shared/src/styles';

type Block = Paragraph | Table;
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

const questions = 'faq-questions';
const bullets = 'bullets';
const ordered = 'ordered';
const monospace = 'Consolas';
/** Page sizes in twentieths of a point. */
const pageSizes: Record<PaperSize, { width: number; height: number }> = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } };

export interface DocxSettings {
  paper: PaperSize;
  sections?: SectionNames;
}

/** A PR/FAQ's text as a .docx file. */
export function exportDocx(text: string, settings: DocxSettings): Promise<Uint8Array> {
  return renderDocx(parseDocument(text, { sections: settings.sections }), { paper: settings.paper });
}

export async function renderDocx(parsed: ParsedDocument, options: { paper: PaperSize }): Promise<Uint8Array> {
  const document = new Document({
    title: documentTitle(parsed),
    creator: 'prfaq',
    styles: {
      default: {
        document: { run: { font: 'Georgia', size: 22 }, paragraph: { spacing: { after: 140, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: 'Georgia', size: 44, bold: true }, paragraph: { spacing: { before: 120, after: 120 } } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, size: 26, color: '5D5A53' }, paragraph: { spacing: { after: 240 } } },
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '3A3833' }, paragraph: { indent: { left: 567 }, spacing: { before: 120, after: 120 } } },
        { id: 'Code', name: 'Code', basedOn: 'Normal', quickFormat: true, run: { font: monospace, size: 19 }, paragraph: { spacing: { after: 0 } } },
      ],
    },
    numbering: {
      config: [
        { reference: questions, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 425, hanging: 425 } } } }] },
        { reference: bullets, levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: ['•', '◦', '▪'][level]!, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } })) },
        { reference: ordered, levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } })) },
      ],
    },
    sections: [
      {
        properties: { page: { size: pageSizes[options.paper], margin: { top: 1020, bottom: 1020, left: 1134, right: 1134 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 17, color: '6B675F' })] })] }) },
        children: new WordWriter(parsed).document(),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

class WordWriter {
  private readonly blocksBySection: Map<Section, RootContent[]>;
  /** Each FAQ numbers its questions from 1. */
  private faqCount = 0;
  private listCount = 0;

  constructor(private readonly parsed: ParsedDocument) {
    this.blocksBySection = sectionBlocks(parsed);
  }

  document(): Block[] {
    const { model } = this.parsed;
    const children: Block[] = [];
    // The headline is the document's title; without a press release, the document's own title is.
    if (!model.pressRelease?.headline) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(documentTitle(this.parsed))] }));
    for (const section of model.sections) {
      const blocks = this.blocksBySection.get(section) ?? [];
      if (section === model.pressRelease?.section) children.push(...this.pressRelease(model.pressRelease, blocks));
      else if (section.kind === 'customer-faq' && model.customerFaq) children.push(...this.faq(section, itemsInSection(model.customerFaq, section), blocks));
      else if (section.kind === 'internal-faq' && model.internalFaq) children.push(...this.faq(section, itemsInSection(model.internalFaq, section), blocks));
      else if (section === model.successMetrics?.section) children.push(...this.metrics(section, model.successMetrics.metrics, blocks));
      else children.push(this.heading(section), ...blocks.flatMap((node) => this.block(node)));
    }
    if (model.sections.length === 0) children.push(...this.parsed.tree.children.flatMap((node) => this.block(node)));
    return children;
  }

  private heading(section: Section): Paragraph {
    return new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(section.title || sectionNames[section.kind])] });
  }

  private pressRelease(pr: PressRelease, blocks: RootContent[]): Block[] {
    const startsAt = (range: { start: { line: number } } | undefined, node: RootContent) => range !== undefined && range.start.line === lineOf(node);
    // The part's heading first, as the preview's kicker, so Word's navigation pane lists every part.
    const children: Block[] = [this.heading(pr.section)];
    if (pr.headline) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(pr.headline.text)] }));
    if (pr.subheading) children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(pr.subheading.text)] }));
    for (const node of blocks) {
      if (node.type === 'heading' && partOfLabel(toString(node, { includeImageAlt: false }))) continue;
      if (startsAt(pr.headline?.range, node) || startsAt(pr.subheading?.range, node)) continue;
      if (pr.quotes.some((quote) => quote.range.start.line === lineOf(node))) children.push(...this.block(node, { quote: true }));
      else children.push(...this.block(node));
    }
    return children;
  }

  private faq(section: Section, items: Parameters<typeof faqEntries>[0], blocks: RootContent[]): Block[] {
    const instance = ++this.faqCount;
    const children: Block[] = [this.heading(section)];
    for (const entry of faqEntries(items, blocks)) {
      if (entry.kind === 'intro') {
        children.push(...this.block(entry.node));
        continue;
      }
      children.push(new Paragraph({ numbering: { reference: questions, level: 0, instance }, keepNext: true, spacing: { before: 200 }, children: [new TextRun({ text: entry.item.question.text, bold: true })] }));
      const answer: Block[] = entry.sharedAnswer ? [new Paragraph({ indent: { left: 425 }, children: [new TextRun(entry.sharedAnswer)] })] : [];
      for (const node of entry.answerNodes) answer.push(...this.block(node, { indent: 425, dropAnswerLabel: node.type === 'paragraph' && answerLabelOf(node) !== undefined }));
      if (answer.length === 0) answer.push(new Paragraph({ indent: { left: 425 }, children: [new TextRun({ text: 'No answer yet.', italics: true })] }));
      children.push(...answer);
    }
    return children;
  }

  private metrics(section: Section, metrics: Metric[], blocks: RootContent[]): Block[] {
    const intro = metricsIntro(metrics, blocks);
    const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
    const header = new TableRow({ tableHeader: true, children: metricColumns.map((text) => cell(text, true)) });
    const rows = metrics.map((metric) => new TableRow({ cantSplit: true, children: metricRow(metric).map((text) => cell(text)) }));
    const table = metrics.length > 0 ? [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] })] : [];
    return [this.heading(section), ...intro.flatMap((node) => this.block(node)), ...table];
  }

  /** A markdown block as Word paragraphs (and tables). */
  private block(node: RootContent, context: { quote?: boolean; indent?: number; dropAnswerLabel?: boolean; listLevel?: number } = {}): Block[] {
    const base = { ...(context.quote ? { style: 'Quote' } : {}), ...(context.indent ? { indent: { left: context.indent } } : {}) };
    switch (node.type) {
      case 'paragraph': {
        const runs = this.inline(node.children, {});
        if (context.dropAnswerLabel) dropLeadingLabel(runs);
        return [new Paragraph({ ...base, children: runs.map((run) => run.child) })];
      }
      case 'heading':
        return [new Paragraph({ heading: node.depth <= 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: this.inline(node.children, {}).map((run) => run.child) })];
      case 'blockquote':
        return node.children.flatMap((child) => this.block(child as RootContent, { ...context, quote: true }));
      case 'list': {
        const reference = node.ordered ? ordered : bullets;
        const instance = ++this.listCount;
        const level = Math.min(context.listLevel ?? 0, 2);
        return node.children.flatMap((item) =>
          item.children.flatMap((child, index) => {
            if (child.type === 'list') return this.block(child, { ...context, listLevel: level + 1 });
            if (index === 0 && child.type === 'paragraph') return [new Paragraph({ ...base, numbering: { reference, level, instance }, children: this.inline(child.children, {}).map((run) => run.child) })];
            return this.block(child as RootContent, { ...context, indent: 720 * (level + 1) });
          }),
        );
      }
      case 'code':
        return node.value.split('\n').map((line) => new Paragraph({ style: 'Code', ...(context.indent ? { indent: { left: context.indent } } : {}), children: [new TextRun({ text: line, font: monospace })] }));
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: node.children.map((row, rowIndex) => new TableRow({ tableHeader: rowIndex === 0, children: row.children.map((tableCell) => new TableCell({ children: [new Paragraph({ children: this.inline(tableCell.children, { bold: rowIndex === 0 }).map((run) => run.child) })] })) })),
          }),
        ];
      default:
        // Raw HTML, thematic breaks, definitions and front matter have no place in the printed text.
        return [];
    }
  }

  private inline(nodes: PhrasingContent[], style: RunStyle): Array<{ text: string; child: ParagraphChild }> {
    return nodes.flatMap((node): Array<{ text: string; child: ParagraphChild }> => {
      switch (node.type) {
        case 'text':
          return [textRun(node.value, style)];
        case 'strong':
          return this.inline(node.children, { ...style, bold: true });
        case 'emphasis':
          return this.inline(node.children, { ...style, italics: true });
        case 'delete':
          return this.inline(node.children, { ...style, strike: true });
        case 'inlineCode':
          return [textRun(node.value, { ...style, code: true })];
        case 'break':
          return [{ text: '\n', child: new TextRun({ text: '', break: 1 }) }];
        case 'link': {
          const runs = this.inline(node.children, style);
          if (!/^(?:https?:|mailto:)/i.test(node.url)) return runs;
          const text = runs.map((run) => run.text).join('');
          return [{ text, child: new ExternalHyperlink({ link: node.url, children: [new TextRun({ text, style: 'Hyperlink', bold: style.bold, italics: style.italics })] }) }];
        }
        case 'image':
          return node.alt ? [textRun(`[${node.alt}]`, { ...style, italics: true })] : [];
        default:
          return 'children' in node ? this.inline(node.children as PhrasingContent[], style) : [];
      }
    });
  }
}

function textRun(text: string, style: RunStyle): { text: string; child: TextRun } {
  return { text, child: new TextRun({ text, bold: style.bold, italics: style.italics, strike: style.strike, ...(style.code ? { font: monospace } : {}) }) };
}

/** "**A:** Yes." reads as "Yes." under its question. */
function dropLeadingLabel(runs: Array<{ text: string; child: ParagraphChild }>): void {
  const first = runs[0];
  if (!first) return;
  const rest = first.text.replace(answerLabel, '');
  if (rest === first.text) return;
  if (rest.trim() === '') {
    runs.shift();
    const next = runs[0];
    if (next && /^\s/.test(next.text)) runs[0] = textRun(next.text.replace(/^\s+/, ''), {});
  } else runs[0] = textRun(rest, {});
}
