// A part of the document as the recogniser hands it to the part builders:
// its section and the blocks under its heading, sub-headings included.
import type { Heading, RootContent } from 'mdast';
import { plainTextOf } from './plain-text';
import type { SourceText } from './source';
import type { Section } from './types';
import { countWords } from './words';

export interface SectionWithBlocks {
  section: Section;
  heading?: Heading;
  /** The blocks after the heading, up to the next part; for a part without a heading of its own, all of them. */
  blocks: RootContent[];
}

/** Extends the part's range over its blocks and counts its words. */
export function finishSection(part: SectionWithBlocks, source: SourceText): void {
  const last = part.blocks[part.blocks.length - 1];
  const end = last?.position?.end.offset;
  if (end !== undefined) part.section.range = { start: part.section.range.start, end: source.positionAt(end) };
  const bodyWords = countWords(plainTextOf(part.blocks, source).text);
  part.section.wordCount = (part.heading ? countWords(part.section.title) : 0) + bodyWords;
}
