// Recognises the parts of a press release. Writers label parts with headings
// ("### The problem"), bold run-in labels ("**The problem.**"), or not at all;
// labels win, then content (a dateline, a quotation), then position in the
// canonical order: headline, subheading, summary, problem, solution, leader
// quote, getting started, customer quote, call to action.
import type { Code, Paragraph, RootContent } from 'mdast';
import { findDateline, immediateRelease } from './dateline';
import { toString } from 'mdast-util-to-string';
import { emphasisedRunIn, partOfLabel, plainRunIn, runInSeparator, type LabelledPart } from './part-labels';
import { PlainText, plainTextOf } from './plain-text';
import { announcingCompany, assignRoles, findQuote, speakerBeside, type QuoteCandidate } from './quotes';
import type { SectionWithBlocks } from './section-blocks';
import type { SourceText } from './source';
import type { Dateline, PressRelease, PressReleasePart, PressReleasePartKind, Quote, QuoteRole, Range, Recognition } from './types';
import { countWords, sentences } from './words';

interface Unit {
  node: RootContent;
  plain: PlainText;
  /** Where the content starts in `plain.text`, after any run-in label. */
  from: number;
  /** Where it ends, when a paragraph holds two parts (a bold headline line and an italic subheading below it). */
  to?: number;
  label?: LabelledPart;
  labelledBy?: 'heading' | 'label';
  isHeading: boolean;
  /** A paragraph set entirely in bold or italics: how plain-markdown headlines are often written. */
  isEmphasised: boolean;
  quote?: QuoteCandidate;
  /** A paragraph that holds the dateline and nothing else. */
  datelineOnly?: true;
  assigned?: LabelledPart;
  recognisedBy?: Recognition;
}

export function buildPressRelease(part: SectionWithBlocks, source: SourceText): PressRelease {
  const units = collectUnits(part.blocks, source);
  const parts = new Map<LabelledPart, Unit[]>();
  const assign = (unit: Unit, kind: LabelledPart, how: Recognition) => {
    unit.assigned = kind;
    unit.recognisedBy = how;
    parts.set(kind, [...(parts.get(kind) ?? []), unit]);
  };

  for (const unit of units) if (unit.label) assign(unit, unit.label, unit.labelledBy === 'heading' ? 'heading' : 'label');
  const inHeading = headlineInHeading(part, source);
  if (inHeading) assign(inHeading, 'headline', 'heading');
  assignHeadlines(units, parts, assign);

  let dateline: Dateline | undefined;
  for (const unit of units) {
    if (unit.isHeading || (unit.assigned && unit.assigned !== 'summary')) continue;
    dateline = findDateline(unit.plain, unit.from);
    if (dateline) {
      const datelineOnly = unit.plain.text.slice(unit.from, unit.to).trim() === dateline.text.trim();
      // A dateline on a line of its own opens the summary below it (and, before that, perhaps the headline).
      if (datelineOnly) unit.datelineOnly = true;
      else if (!parts.has('summary')) assign(unit, 'summary', 'content');
      break;
    }
  }
  if (!parts.has('headline')) assignPlainHeadline(units, assign);

  for (const unit of units) {
    if (unit.isHeading || (unit.assigned && unit.assigned !== 'leader-quote' && unit.assigned !== 'customer-quote')) continue;
    const quote = findQuote(unit.plain, unit.from, unit.node.type === 'blockquote');
    if (quote) unit.quote = quote;
  }
  // A quotation that names nobody may have its speaker on the line after it, or described in a label above it.
  // Headings that name a part never become units (they label the block below), so a unit's label is the one to check.
  const neighbour = (unit: Unit | undefined) => unit && { ...unit, isPartLabel: unit.label !== undefined };
  units.forEach((unit, index) => {
    if (!unit.quote || unit.quote.speaker || unit.quote.saidBy) return;
    const beside = speakerBeside(neighbour(units[index - 1]), neighbour(units[index + 1]));
    if (beside) unit.quote = { ...unit.quote, ...beside };
  });
  const body = units.filter((unit) => !unit.isHeading && unit.node.type !== 'list' && !unit.assigned && !unit.datelineOnly);
  if (!parts.has('summary')) {
    const first = body.find((unit) => !unit.quote);
    if (first) assign(first, 'summary', 'position');
  }
  assignByPosition(units, parts, assign);

  const quotes = buildQuotes(units, parts);
  const partOf = (kind: PressReleasePartKind): PressReleasePart | undefined => spanOfUnits(kind, parts.get(kind) ?? []);
  const result: PressRelease = { section: part.section, quotes, wordCount: part.section.wordCount };
  for (const kind of ['headline', 'subheading', 'summary', 'problem', 'solution', 'getting-started', 'call-to-action'] as const) {
    const found = partOf(kind);
    if (!found) continue;
    if (kind === 'headline') result.headline = found;
    else if (kind === 'subheading') result.subheading = found;
    else if (kind === 'summary') result.summary = found;
    else if (kind === 'problem') result.problem = found;
    else if (kind === 'solution') result.solution = found;
    else if (kind === 'getting-started') result.gettingStarted = found;
    else result.callToAction = found;
  }
  if (dateline) result.dateline = dateline;
  return result;
}

function collectUnits(blocks: RootContent[], source: SourceText): Unit[] {
  const units: Unit[] = [];
  let pendingLabel: LabelledPart | undefined;
  let labelUsed = false;
  for (const node of blocks) {
    if (node.type === 'heading') {
      const plain = plainTextOf(node, source);
      // "## FOR IMMEDIATE RELEASE" is for editors, as the line is: the headline follows it.
      if (immediateRelease.test(plain.text) && plain.text.replace(immediateReleaseLine, '').trim().length === 0) continue;
      const label = partOfLabel(plain.text);
      if (label) {
        pendingLabel = label;
        labelUsed = false;
        continue;
      }
      pendingLabel = undefined;
      units.push({ node, plain, from: 0, isHeading: true, isEmphasised: false });
      continue;
    }
    // A labelled part may be all commands: "### Getting Started" over a shell block.
    if (node.type === 'code' && pendingLabel) {
      units.push({ node, plain: codeText(node, source), from: 0, isHeading: false, isEmphasised: false, label: pendingLabel, labelledBy: 'heading' });
      pendingLabel = undefined;
      continue;
    }
    if (node.type !== 'paragraph' && node.type !== 'blockquote' && node.type !== 'list') continue;
    const plain = plainTextOf(node, source);
    if (plain.text.trim().length === 0) continue;
    // A press contact ("**Contact:** Name, email") is for editors too.
    if (contactBlock.test(plain.text)) continue;
    // "FOR IMMEDIATE RELEASE" is for editors, not a part; what follows it on the next line is.
    const release = immediateReleaseLine.exec(plain.text);
    if (release && plain.text.slice(release[0].length).trim().length === 0) continue;
    const runIn = node.type === 'paragraph' ? runInLabel(node, plain) : undefined;
    // "**Customer quote:**" alone on its line, or a bold line "**The Problem: Help Arrives Too Late**", labels the block below it, as a heading would.
    const boldLine = runIn && node.type === 'paragraph' && isEmphasised(node) && !plain.text.includes('\n') && runIn.label !== 'headline' && runIn.label !== 'subheading';
    if (runIn && (boldLine || plain.text.slice(runIn.from).trim().length === 0)) {
      pendingLabel = runIn.label;
      labelUsed = false;
      continue;
    }
    if (node.type === 'paragraph' && !release && !runIn) {
      const lines = emphasisedLines(node, plain);
      if (lines) {
        // Either line may be for editors ("**June 1, 2027**" over "**FOR IMMEDIATE RELEASE**"): only the others are parts.
        const forEditors = (text: string) => immediateRelease.test(text) || contactBlock.test(text);
        if (!forEditors(plain.text.slice(0, lines.firstEnd))) units.push({ node, plain, from: 0, to: lines.firstEnd, isHeading: false, isEmphasised: true });
        if (!forEditors(plain.text.slice(lines.secondStart))) units.push({ node, plain, from: lines.secondStart, isHeading: false, isEmphasised: true });
        continue;
      }
    }
    const unit: Unit = { node, plain, from: release ? release[0].length : 0, isHeading: false, isEmphasised: node.type === 'paragraph' && !release && isEmphasised(node) };
    if (runIn) {
      unit.label = runIn.label;
      unit.labelledBy = 'label';
      unit.from = runIn.from;
      unit.isEmphasised = false;
    } else if (pendingLabel && !(labelUsed && pendingLabel !== 'leader-quote' && pendingLabel !== 'customer-quote' && /^\s*[“"„«「]/.test(plain.text))) {
      // A quotation further down a part ("Call to action", then the spokesperson's closing words) is a quotation, not more of the part.
      unit.label = pendingLabel;
      unit.labelledBy = 'heading';
      labelUsed = true;
    }
    units.push(unit);
  }
  return units;
}

/** The commands of a code block as the text of a part, mapped to the block as a whole. */
function codeText(node: Code, source: SourceText): PlainText {
  const start = node.position?.start.offset ?? 0;
  return new PlainText(node.value, [], source, { start, end: node.position?.end.offset ?? start });
}

/** "**The problem.** Text", "*Headline:* Text" or "Problem: text": the label and where the text after it starts. */
export function runInLabel(paragraph: Paragraph, plain: PlainText): { label: LabelledPart; from: number } | undefined {
  const emphasised = emphasisedRunIn(paragraph);
  if (emphasised) {
    const labelText = toString(paragraph.children[0]!, { includeImageAlt: false });
    const after = plain.text.indexOf(labelText) + labelText.length;
    return { label: emphasised, from: after + runInSeparator.exec(plain.text.slice(after))![0].length };
  }
  const inText = plainRunIn(plain.text);
  return inText && { label: inText.label, from: inText.length };
}

/** "# Press Release: Logloop keeps a loop of your notes in the terminal": the headline shares the part's heading. */
function headlineInHeading(part: SectionWithBlocks, source: SourceText): Unit | undefined {
  if (!part.heading) return undefined;
  const plain = plainTextOf(part.heading, source);
  const label = /^\s*(?:the\s+)?press[\s-]*release\s*[:—–-]\s*/i.exec(plain.text);
  if (!label || countWords(plain.text.slice(label[0].length)) < 3) return undefined;
  return { node: part.heading, plain, from: label[0].length, isHeading: true, isEmphasised: false };
}

/** "Contact:", "Media contact:", "Contato:", "お問い合わせ:": the press contact above or below a press release. */
const contactBlock = /^\W*(?:(?:media|press)\s+)?(?:contacts?|contato|contacto|kontakt|contact\s+presse|pressekontakt|お問い合わせ(?:先)?|연락처|联系方式|媒体联系)\s*[:：]/iu;

const immediateReleaseLine = new RegExp(String.raw`${immediateRelease.source}[^\n]*(?:\n|$)`, 'i');

/**
 * "**Headline**" and "*Subheading*" on two lines of one paragraph: where the
 * first line ends and the second starts, when every line is bold or italic.
 */
function emphasisedLines(paragraph: Paragraph, plain: PlainText): { firstEnd: number; secondStart: number } | undefined {
  const meaningful = paragraph.children.filter((child) => child.type !== 'break' && !(child.type === 'text' && child.value.trim() === ''));
  if (meaningful.length !== 2 || !meaningful.every((child) => child.type === 'strong' || child.type === 'emphasis')) return undefined;
  const newline = plain.text.indexOf('\n');
  if (newline === -1) return undefined;
  return { firstEnd: newline, secondStart: newline + 1 };
}

function isEmphasised(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return meaningful.length === 1 && (meaningful[0]!.type === 'strong' || meaningful[0]!.type === 'emphasis');
}

/** Headline and subheading: the first headings (or short emphasised paragraphs) before the body. */
function assignHeadlines(units: Unit[], parts: Map<LabelledPart, Unit[]>, assign: (unit: Unit, kind: LabelledPart, how: Recognition) => void): void {
  const leading: Unit[] = [];
  for (const unit of units) {
    if (unit.assigned === 'headline' || unit.assigned === 'subheading') {
      leading.push(unit);
      continue;
    }
    if (unit.assigned) break;
    // A note above the press release ("> Status: draft. Owner: …") is not its opening: a quotation would open with its mark.
    if (leading.length === 0 && unit.node.type === 'blockquote' && !/^\s*[“"„«「『]/.test(unit.plain.text)) continue;
    const dateline = !unit.isHeading ? findDateline(unit.plain, unit.from) : undefined;
    if (dateline && unit.plain.text.slice(unit.from, unit.to).trim() === dateline.text.trim()) continue;
    const shortEmphasis = unit.isEmphasised && countWords(unit.plain.text) <= 40 && !findDateline(unit.plain);
    if (unit.isHeading || shortEmphasis) leading.push(unit);
    else break;
  }
  for (const unit of leading) {
    if (unit.assigned) continue;
    if (!parts.has('headline')) assign(unit, 'headline', unit.isHeading ? 'heading' : 'position');
    else if (!parts.has('subheading')) assign(unit, 'subheading', unit.isHeading ? 'heading' : 'position');
  }
}

/**
 * With no heading or bold line for it, a headline is the first short line
 * that ends without a full stop, before the summary ("FOR IMMEDIATE RELEASE",
 * the dateline, then the headline).
 */
function assignPlainHeadline(units: Unit[], assign: (unit: Unit, kind: LabelledPart, how: Recognition) => void): void {
  for (const unit of units) {
    if (unit.datelineOnly || unit.assigned === 'subheading') continue;
    if (unit.assigned || unit.isHeading || unit.node.type !== 'paragraph') return;
    const text = unit.plain.text.slice(unit.from, unit.to).trim();
    if (!text.includes('\n') && countWords(text) <= 25 && !/[.:;!?。]$/.test(text) && !findDateline(unit.plain, unit.from)) assign(unit, 'headline', 'position');
    return;
  }
}

const gettingStartedCue = /^(?:to get started|getting started|get started|to start|to begin|starting|setting up|setup|it takes|customers? (?:can )?(?:start|begin|sign up|download)|signing up)|\b(?:get started|sign(?:s)? up|to start using|to begin using)\b/i;
const callToActionCue = /\b(?:available (?:today|now|at|from|in)|visit|learn more|sign up|start (?:a|your) (?:free )?trial|go to|join the|waitlist|pre-?order|order (?:at|from|today)|download|request (?:a|access)|https?:\/\/|www\.|\.\w{2,}\/)/i;
/** Words that say a paragraph describes a pain (English only). */
export const problemCue = /\b(?:today|struggle|lose|lost|spend|waste|cannot|can't|hard|difficult|frustrat|pain|problem|miss|delay|wait|manual|expensive|costs?)\b/i;

/** Unlabelled body paragraphs take the part their place in the canonical order gives them. */
function assignByPosition(units: Unit[], parts: Map<LabelledPart, Unit[]>, assign: (unit: Unit, kind: LabelledPart, how: Recognition) => void): void {
  const summaryIndex = units.findIndex((unit) => unit.assigned === 'summary');
  const after = units.slice(summaryIndex + 1);
  const quoteIndexes = after.flatMap((unit, index) => (unit.quote ? [index] : []));
  const free = after
    .map((unit, index) => ({ unit, index }))
    .filter(({ unit }) => !unit.isHeading && !unit.quote && !unit.assigned && unit.node.type !== 'list');
  const lastFree = free[free.length - 1];

  if (lastFree && !parts.has('call-to-action') && sentences(lastFree.unit.plain.text).length <= 2 && callToActionCue.test(lastFree.unit.plain.text)) {
    assign(lastFree.unit, 'call-to-action', 'content');
  }
  for (const { unit } of free) {
    if (!unit.assigned && !parts.has('getting-started') && gettingStartedCue.test(unit.plain.text.slice(unit.from))) assign(unit, 'getting-started', 'content');
  }

  const firstQuote = quoteIndexes[0] ?? Number.POSITIVE_INFINITY;
  const lastQuote = quoteIndexes[quoteIndexes.length - 1] ?? Number.POSITIVE_INFINITY;
  const remaining = free.filter(({ unit }) => !unit.assigned);
  const beforeQuotes = remaining.filter(({ index }) => index < firstQuote);
  const betweenQuotes = remaining.filter(({ index }) => index > firstQuote && index < lastQuote);
  const afterQuotes = remaining.filter(({ index }) => index > lastQuote);

  beforeQuotes.forEach(({ unit }, order) => {
    if (order === 0 && beforeQuotes.length === 1 && parts.has('problem') === false && !problemCue.test(unit.plain.text)) {
      if (!parts.has('solution')) assign(unit, 'solution', 'position');
      return;
    }
    if (!parts.has('problem')) assign(unit, 'problem', 'position');
    else if (!parts.has('solution') || parts.get('solution')![0]!.recognisedBy === 'position') assign(unit, 'solution', 'position');
  });
  for (const { unit } of betweenQuotes) {
    if (!parts.has('getting-started') || parts.get('getting-started')![0]!.recognisedBy === 'position') assign(unit, 'getting-started', 'position');
  }
  if (afterQuotes.length > 0 && !parts.has('call-to-action')) {
    assign(afterQuotes[afterQuotes.length - 1]!.unit, 'call-to-action', 'position');
  }
  for (const { unit } of afterQuotes) {
    if (!unit.assigned && !parts.has('getting-started')) assign(unit, 'getting-started', 'position');
  }
  // With no quotation to divide the body, the order alone decides after the solution.
  if (quoteIndexes.length === 0) {
    const leftover = free.filter(({ unit }) => !unit.assigned);
    if (leftover.length > 0 && !parts.has('call-to-action')) assign(leftover.pop()!.unit, 'call-to-action', 'position');
    for (const { unit } of leftover) if (!parts.has('getting-started')) assign(unit, 'getting-started', 'position');
  }
  // Lists continue the part of the paragraph before them ("Getting started takes three steps:").
  units.forEach((unit, index) => {
    if (unit.node.type !== 'list' || unit.assigned) return;
    const previous = units[index - 1];
    if (previous?.assigned && !previous.quote) assign(unit, previous.assigned, previous.recognisedBy ?? 'position');
  });
}

function buildQuotes(units: Unit[], parts: Map<LabelledPart, Unit[]>): Quote[] {
  const quoted = units.filter((unit) => unit.quote || unit.assigned === 'leader-quote' || unit.assigned === 'customer-quote');
  const candidates = quoted.map((unit) => unit.quote ?? unit.plain.span(unit.from));
  const labelled = new Map<QuoteCandidate, QuoteRole>();
  quoted.forEach((unit, index) => {
    if (unit.assigned === 'leader-quote') labelled.set(candidates[index]!, 'leader');
    if (unit.assigned === 'customer-quote') labelled.set(candidates[index]!, 'customer');
  });
  const summary = parts.get('summary')?.[0];
  const company = summary ? announcingCompany(summary.plain.text.slice(summary.from)) : undefined;
  const roles = assignRoles(candidates, company, labelled);
  return candidates.map((candidate, index) => ({ ...candidate, role: roles[index]! }));
}

function spanOfUnits(kind: PressReleasePartKind, units: Unit[]): PressReleasePart | undefined {
  if (units.length === 0) return undefined;
  const spans = units.map((unit) => unit.plain.span(unit.from, unit.to));
  const range: Range = { start: spans[0]!.range.start, end: spans[spans.length - 1]!.range.end };
  return { kind, text: spans.map((span) => span.text).join('\n\n'), range, recognisedBy: units[0]!.recognisedBy ?? 'position' };
}
