// The document's prose cut into sentences and words once per model, shared by
// every writing rule: the rules run one after another on the same model, and
// none of them should split the text again.
import { isEnglish } from '../../model/language';
import type { PrFaq, ProseBlock, Range, SectionKind } from '../../model/types';
import { sentenceSpans, wordSpans } from '../../model/words';

export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  block: StyleBlock;
  start: number;
  end: number;
  text: string;
  words: Word[];
  hasNumber: boolean;
  isQuestion: boolean;
}

export interface StyleBlock {
  prose: ProseBlock;
  section?: SectionKind;
  sentences: Sentence[];
  /** Text intervals inside quotation marks: a speaker's words, allowed a warmer tone. */
  quoted: Array<[number, number]>;
  /** The press release's headline or subheading (title case, one line, no number expected). */
  isDisplayLine: boolean;
}

export interface ProseDocument {
  blocks: StyleBlock[];
  /** Words written with a capital in the middle of a sentence: names, such as a product called "Seamless Pay". */
  names: Set<string>;
}

const cache = new WeakMap<PrFaq, ProseDocument>();

export function proseOf(model: PrFaq): ProseDocument {
  let document = cache.get(model);
  if (!document) {
    document = analyse(model);
    cache.set(model, document);
  }
  return document;
}

function analyse(model: PrFaq): ProseDocument {
  const displayLines = [model.pressRelease?.headline?.range, model.pressRelease?.subheading?.range].filter((range): range is Range => range !== undefined);
  const names = new Set<string>();
  const blocks = englishProse(model).map((prose) => {
    const block: StyleBlock = {
      prose,
      section: prose.section,
      sentences: [],
      quoted: quotedIntervals(prose.text),
      isDisplayLine: displayLines.some((range) => range.start.line === prose.start.line),
    };
    block.sentences = sentenceSpans(prose.text).map(({ start, end }) => {
      const text = prose.text.slice(start, end);
      const words = wordSpans(text, start);
      if (prose.kind !== 'heading') collectNames(words, names);
      return { block, start, end, text, words, hasNumber: hasFigure(text), isQuestion: /\?["”’)]*$/.test(text) };
    });
    return block;
  });
  return { blocks, names };
}

/** The writing rules are English rules: prose in a part (or a document) that reads as another language is left out. */
function englishProse(model: PrFaq): ProseBlock[] {
  if (!isEnglish(model.language) && model.sections.every((section) => !isEnglish(section.language))) return [];
  let index = 0;
  return model.prose.filter((block) => {
    // Blocks and parts are both in document order: walk them together.
    while (index < model.sections.length && model.sections[index]!.range.end.line < block.start.line) index++;
    const section = model.sections[index];
    const inside = section && section.range.start.line <= block.start.line;
    return isEnglish(inside ? section.language : model.language);
  });
}

const spelledFigures = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|quarter|dozen|percent|twice|double|triple)\b|\bone\s+(?:in|of|out)\b/i;

/** A figure that answers a vague claim: digits or a number in words ("one" alone is usually a pronoun: "which one"). */
function hasFigure(text: string): boolean {
  return /\d/.test(text) || spelledFigures.test(text);
}

function collectNames(words: Word[], names: Set<string>): void {
  for (let index = 1; index < words.length; index++) {
    const text = words[index]!.text;
    // Most words start with a lower-case ASCII letter or a digit: no need for the Unicode test.
    const first = text.charCodeAt(0);
    if (first < 0x80 && (first < 0x41 || first > 0x5a)) continue;
    if (/^\p{Lu}\p{Ll}/u.test(text)) names.add(text.toLowerCase());
  }
}

/** Pairs of curly or straight double quotes; an unclosed quote runs to the end of the block. */
function quotedIntervals(text: string): Array<[number, number]> {
  const intervals: Array<[number, number]> = [];
  let open = -1;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '“' || (character === '"' && open < 0)) open = open < 0 ? index : open;
    else if ((character === '”' || character === '"') && open >= 0) {
      intervals.push([open, index + 1]);
      open = -1;
    }
  }
  if (open >= 0) intervals.push([open, text.length]);
  return intervals;
}

/** The parts customers read: the press release and the customer FAQ (or a FAQ for both). */
export function customerFacing(section: SectionKind | undefined): boolean {
  return section === 'press-release' || section === 'customer-faq';
}

export function isQuoted(block: StyleBlock, index: number): boolean {
  return block.quoted.some(([start, end]) => start <= index && index < end);
}

/** The source range of `block.text.slice(start, end)`. */
export function rangeIn(block: ProseBlock, start: number, end: number): Range {
  return { start: positionIn(block, start), end: positionIn(block, Math.max(start, end)) };
}

function positionIn(block: ProseBlock, index: number): Range['start'] {
  const anchors = block.anchors;
  let low = 0;
  let high = anchors.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (anchors[middle]!.index <= index) low = middle;
    else high = middle - 1;
  }
  const anchor = anchors[low] ?? { index: 0, line: block.start.line, character: block.start.character, room: 0 };
  return { line: anchor.line, character: anchor.character + Math.min(anchor.room, Math.max(0, index - anchor.index)) };
}

/** Whether the word at `start` is part of a name: capitalised mid-sentence here, or anywhere in the body text. */
export function isName(document: ProseDocument, sentence: Sentence, start: number, text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const first = sentence.words[0];
  const midSentence = first !== undefined && first.start !== start && sentence.block.prose.kind !== 'heading';
  return midSentence || document.names.has(text.toLowerCase().split(/\s/)[0]!);
}
