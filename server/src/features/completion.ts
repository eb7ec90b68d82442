// Completions that know where the writer is: at a heading, the parts still missing (in the
// canonical order); in the internal FAQ, the core questions not yet asked; in the success
// metrics, a metric skeleton; after a dateline's city, today's date.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import { asSnippet, atHeadingDepth, coreQuestionEntry, coreQuestions, coreTopics, type Faq, metricListItem, metricTableRow, type PrFaq, type RequiredKind, requiredOrder, type Section, sectionNames, sectionTemplates, withNames } from '../../../core/src/index';
import { datelineDates } from './dateline-dates';
import { sectionGuidance } from './section-guidance';

/** What completes a PR/FAQ at `position`; `lineText` is the whole line the cursor is on. */
export function completionsAt(model: PrFaq, lineText: string, position: Position, today: Date): CompletionItem[] {
  const before = lineText.slice(0, position.character);
  const typed: Range = { start: { line: position.line, character: 0 }, end: position };
  const section = sectionAt(model, position.line);
  const items: CompletionItem[] = [];
  if (section?.kind === 'internal-faq' && model.internalFaq && /^\s*(?:#{1,6}\s*)?\S*$/.test(before)) items.push(...coreQuestionItems(model.internalFaq, typed));
  if (section && section === model.successMetrics?.section && /^\s*[|*-]?\s*$/.test(before)) items.push(...metricItems(model, typed, before));
  if (/^\s{0,3}#{1,6}(?:\s+\S*)?$/.test(before)) items.push(...missingSectionItems(model, typed, before));
  const dateline = /^\s*\p{Lu}[\p{L} .,'’-]*\s[—–-]{1,2}\s*$/u.test(before);
  if (dateline && (!section || section.kind === 'press-release')) items.push(...dateItems(today, lineText.slice(position.character).trim() === ''));
  return items.map((item, index) => ({ ...item, sortText: String(index).padStart(3, '0') }));
}

/** The part a line belongs to: the last part that starts on or before it. */
function sectionAt(model: PrFaq, line: number): Section | undefined {
  return [...model.sections].reverse().find((section) => section.range.start.line <= line);
}

function snippetItem(label: string, detail: string, range: Range, snippet: string, kind: CompletionItemKind, documentation?: string): CompletionItem {
  return {
    label,
    detail,
    kind,
    filterText: snippet.split('\n')[0]!.replace(/\$\{\d+:([^}]*)\}/g, '$1'),
    textEdit: { range, newText: snippet },
    insertTextFormat: InsertTextFormat.Snippet,
    ...(documentation ? { documentation: { kind: MarkupKind.Markdown, value: documentation } } : {}),
  };
}

function missingSectionItems(model: PrFaq, typed: Range, before: string): CompletionItem[] {
  const present = new Set(model.sections.map((section) => section.kind));
  const depth = before.trim().match(/^#+/)![0].length;
  const names = { product: model.title?.text ?? '[PRODUCT]', customer: '[CUSTOMERS]' };
  return requiredOrder
    .filter((kind) => !present.has(kind))
    .map((kind) => {
      const template = atHeadingDepth(sectionTemplates[kind as RequiredKind], depth);
      return snippetItem(sectionNames[kind], `Add the missing ${sectionNames[kind]}, with a skeleton to fill in`, typed, asSnippet(withNames(template, names)), CompletionItemKind.Module, sectionGuidance[kind]);
    });
}

function coreQuestionItems(faq: Faq, typed: Range): CompletionItem[] {
  const questions = faq.items.map((item) => item.question.text);
  const asked = (topic: string) => {
    const pattern = coreTopics.find((core) => core.id === topic)?.pattern ?? /\bnot (?:doing|building|including)\b|\bout of scope\b|\bleav(?:e|ing) out\b/i;
    return questions.some((question) => pattern.test(question));
  };
  const depth = Math.min(6, Math.max(1, faq.section.depth) + 1);
  return coreQuestions
    .filter((core) => !asked(core.topic))
    .map((core) => snippetItem(core.question, 'A core internal FAQ question not yet asked', typed, asSnippet(coreQuestionEntry(core, depth)), CompletionItemKind.Text, core.answerPrompt));
}

function metricItems(model: PrFaq, typed: Range, before: string): CompletionItem[] {
  const asList = before.trim() === '-' || before.trim() === '*' || model.successMetrics?.style === 'list';
  const asTable = before.trim() === '|' || !asList;
  return [
    ...(asTable ? [snippetItem('Metric row', 'A metric as a table row: metric, input or output, target, date', typed, asSnippet(metricTableRow.trimEnd()), CompletionItemKind.Snippet)] : []),
    ...(asList ? [snippetItem('Metric list item', 'A metric as a list item: metric, input or output, target, date', typed, asSnippet(metricListItem.trimEnd()), CompletionItemKind.Snippet)] : []),
  ];
}

function dateItems(today: Date, atLineEnd: boolean): CompletionItem[] {
  return datelineDates(today).map(({ text, style }) => ({
    label: text,
    detail: `Today, ${style}; write your launch date the same way`,
    kind: CompletionItemKind.Value,
    insertText: atLineEnd ? `${text} — ` : text,
  }));
}
