// Splits the document into its parts by heading. Headings in mdast are flat
// siblings, so a part is its heading plus the blocks up to the next part heading.
import type { Heading, RootContent } from 'mdast';
import { plainTextOf } from './plain-text';
import { requiredOrder, sectionKindOf } from './section-kind';
import type { SourceText } from './source';
import type { Section, SectionKind, TextSpan } from './types';
import { countWords } from './words';

export interface SectionWithBlocks {
  section: Section;
  heading?: Heading;
  /** The blocks after the heading, up to the next part. */
  blocks: RootContent[];
}

export interface SectionSplit {
  /** A heading above the parts, such as "# Rebook". */
  title?: TextSpan;
  /** Blocks before the first part (after the title). */
  preamble: RootContent[];
  parts: SectionWithBlocks[];
}

export function splitSections(blocks: RootContent[], source: SourceText): SectionSplit {
  const headings = blocks.filter((node): node is Heading => node.type === 'heading');
  const kindOf = new Map(headings.map((heading) => [heading, sectionKindOf(plainTextOf(heading, source).text)]));
  const partDepth = depthOfParts(headings, kindOf);
  if (partDepth === undefined) return { preamble: blocks.filter((node) => node.type !== 'yaml'), parts: [] };

  const isPartHeading = (node: RootContent): boolean =>
    node.type === 'heading' && (node.depth === partDepth || (node.depth < partDepth && kindOf.get(node) !== 'other'));

  let title: TextSpan | undefined;
  const preamble: RootContent[] = [];
  const parts: SectionWithBlocks[] = [];
  for (const node of blocks) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && isPartHeading(node)) {
      parts.push({ section: newSection(node, kindOf.get(node)!, source), heading: node, blocks: [] });
    } else if (parts.length > 0) {
      parts[parts.length - 1]!.blocks.push(node);
    } else if (node.type === 'heading' && node.depth < partDepth && !title && preamble.length === 0) {
      title = plainTextOf(node, source).span();
    } else {
      preamble.push(node);
    }
  }
  for (const part of parts) finishSection(part, source);
  return { title, preamble, parts };
}

/** Parts sit at the shallowest depth of a heading that names a required part, else of any named part. */
function depthOfParts(headings: Heading[], kindOf: Map<Heading, SectionKind>): number | undefined {
  const depths = (accept: (kind: SectionKind) => boolean) => headings.filter((heading) => accept(kindOf.get(heading)!)).map((heading) => heading.depth);
  const required = depths((kind) => requiredOrder.includes(kind));
  if (required.length > 0) return Math.min(...required);
  const named = depths((kind) => kind !== 'other');
  return named.length > 0 ? Math.min(...named) : undefined;
}

function newSection(heading: Heading, kind: SectionKind, source: SourceText): Section {
  const titleSpan = plainTextOf(heading, source).span();
  const start = heading.position?.start.offset ?? 0;
  const end = heading.position?.end.offset ?? start;
  const headingRange = source.rangeAt(start, end);
  return { kind, title: titleSpan.text, depth: heading.depth, headingRange, range: headingRange, wordCount: 0 };
}

/** Extends the part's range over its blocks and counts its words. */
export function finishSection(part: SectionWithBlocks, source: SourceText): void {
  const last = part.blocks[part.blocks.length - 1];
  const end = last?.position?.end.offset;
  if (end !== undefined) part.section.range = { start: part.section.range.start, end: source.positionAt(end) };
  const bodyWords = countWords(plainTextOf(part.blocks, source).text);
  part.section.wordCount = countWords(part.section.title) + bodyWords;
}
