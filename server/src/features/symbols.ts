// The Outline view, breadcrumbs and sticky scroll: the PR/FAQ's parts, the
// press release's paragraphs and quotes, each FAQ question and each metric.
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { type FaqItem, itemsInSection, type PressRelease, type PrFaq, type Section, sectionNames, type SuccessMetrics, type TextSpan } from '../../../core/src/index';

export function documentSymbols(model: PrFaq): DocumentSymbol[] {
  return model.sections.map((section) => {
    const symbol = sectionSymbol(section);
    if (section === model.pressRelease?.section) symbol.children = pressReleaseChildren(model.pressRelease);
    else if (section.kind === 'customer-faq' && model.customerFaq) symbol.children = faqChildren(itemsInSection(model.customerFaq, section));
    else if (section.kind === 'internal-faq' && model.internalFaq) symbol.children = faqChildren(itemsInSection(model.internalFaq, section));
    else if (section === model.successMetrics?.section) symbol.children = metricChildren(model.successMetrics);
    symbol.children = symbol.children?.map((child) => containedIn(child, symbol.range));
    return symbol;
  });
}

function sectionSymbol(section: Section): DocumentSymbol {
  return {
    name: section.title || sectionNames[section.kind],
    detail: section.kind === 'other' ? '' : `${sectionNames[section.kind]} · ${section.wordCount} words`,
    kind: SymbolKind.Module,
    range: section.range,
    selectionRange: section.depth > 0 ? section.headingRange : { start: section.range.start, end: section.range.start },
    children: [],
  };
}

function leaf(name: string, detail: string, kind: SymbolKind, span: TextSpan): DocumentSymbol {
  return { name, detail, kind, range: span.range, selectionRange: span.range };
}

function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function pressReleaseChildren(pr: PressRelease): DocumentSymbol[] {
  const children: DocumentSymbol[] = [];
  const add = (name: string, span: TextSpan | undefined, detail = span ? excerpt(span.text) : '') => {
    if (span) children.push(leaf(name, detail, SymbolKind.Field, span));
  };
  add('Headline', pr.headline);
  add('Subheading', pr.subheading);
  add('Summary', pr.summary, pr.dateline ? [pr.dateline.city, pr.dateline.date].filter(Boolean).join(' — ') : excerpt(pr.summary?.text ?? ''));
  add('Problem', pr.problem);
  add('Solution', pr.solution);
  add('Getting started', pr.gettingStarted);
  add('Call to action', pr.callToAction);
  for (const quote of pr.quotes) {
    const name = quote.role === 'leader' ? 'Leader quote' : 'Customer quote';
    children.push(leaf(name, quote.speaker ? quote.speaker.name : 'no named speaker', SymbolKind.Event, quote));
  }
  return children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function faqChildren(items: FaqItem[]): DocumentSymbol[] {
  return items.map((item) => ({
    name: excerpt(`${item.number ? `${item.number}. ` : ''}${item.question.text}`, 80) || 'Untitled question',
    detail: item.answer ? '' : 'no answer yet',
    kind: SymbolKind.Key,
    range: item.range,
    selectionRange: item.question.range,
  }));
}

function metricChildren(metrics: SuccessMetrics): DocumentSymbol[] {
  return metrics.metrics.map((metric) => {
    const target = [metric.target, metric.timeFrame && `by ${metric.timeFrame.replace(/^by\s+/i, '')}`].filter(Boolean).join(' ');
    const detail = [target, metric.type].filter(Boolean).join(' · ');
    return leaf(excerpt(metric.name, 80) || 'Untitled metric', detail, SymbolKind.Number, metric);
  });
}

/** VS Code drops a child whose range leaves its parent's; clamp rather than lose it. */
function containedIn(symbol: DocumentSymbol, parent: Range): DocumentSymbol {
  const clamp = (range: Range): Range => ({ start: maxPosition(range.start, parent.start), end: minPosition(range.end, parent.end) });
  const range = clamp(symbol.range);
  const selection = clamp(symbol.selectionRange);
  return { ...symbol, range, selectionRange: before(selection.end, selection.start) ? range : selection };
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
function maxPosition(a: Range['start'], b: Range['start']) {
  return before(a, b) ? b : a;
}
function minPosition(a: Range['start'], b: Range['start']) {
  return before(a, b) ? a : b;
}
