// The document's prose, block by block, as plain data the writing rules read:
// each block's readable text (inline code blanked out) and anchors back to
// source positions. Built once with the model, so the rules never parse again,
// and plain data so it crosses from the parse worker with the rest of the model.
import type { Nodes, RootContent } from 'mdast';
import { plainTextOf, type Segment } from './plain-text';
import type { SourceText } from './source';
import type { Position, ProseBlock, Section, TextAnchor } from './types';

export function collectProse(blocks: RootContent[], sections: Section[], source: SourceText): ProseBlock[] {
  const prose: ProseBlock[] = [];
  const visit = (node: Nodes, inTable: boolean): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || (node.type === 'tableCell' && inTable)) {
      const block = proseBlockOf(node, node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : 'paragraph', source);
      if (block) prose.push(block);
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes, inTable || node.type === 'table');
  };
  for (const node of blocks) visit(node, false);
  let sectionIndex = 0;
  for (const block of prose) {
    // Blocks and sections are both in document order: walk them together.
    while (sectionIndex < sections.length && before(sections[sectionIndex]!.range.end, block.start)) sectionIndex++;
    const section = sections[sectionIndex];
    if (section && !before(block.start, section.range.start)) block.section = section.kind;
  }
  return prose;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function proseBlockOf(node: Nodes, kind: ProseBlock['kind'], source: SourceText): ProseBlock | undefined {
  const plain = plainTextOf(blankInlineCode(node), source);
  if (plain.text.trim().length === 0) return undefined;
  const anchors: TextAnchor[] = [];
  const text = plain.text;
  const anchor = (index: number, offset: number) => {
    const { line, character } = source.positionAt(offset);
    anchors.push({ index, line, character, room: Math.max(0, source.lineText(line).length - character) });
  };
  for (const stretch of plain.stretches) alignStretch(text, source.text, stretch, anchor);
  return { kind, text, anchors, start: anchors[0] ? { line: anchors[0].line, character: anchors[0].character } : source.positionAt(node.position?.start.offset ?? 0) };
}

/**
 * Walks a stretch of text beside its source and adds an anchor wherever they
 * part: markdown drops escapes, entities, block-quote markers and indentation
 * from the text, and each of those shifts every position after it.
 */
function alignStretch(text: string, source: string, stretch: Segment, anchor: (index: number, offset: number) => void): void {
  const end = stretch.textStart + stretch.length;
  let index = stretch.textStart;
  let offset = stretch.sourceStart;
  anchor(index, offset);
  while (index < end && offset < source.length) {
    if (text[index] === source[offset]) {
      index++;
      offset++;
      // Positions count from the start of their line: a new line needs its own anchor.
      if (text[index - 1] === '\n') anchor(index, offset);
      continue;
    }
    // Skip what the source has and the text lacks, up to the character the text goes on with.
    let next = offset + 1;
    while (next < source.length && next - offset <= maxSkipped && source[next] !== text[index]) next++;
    if (source[next] === text[index]) offset = next;
    else {
      // A decoded entity ("&copy;" read as "©"): step past it.
      index++;
      offset = source[offset] === '&' ? source.indexOf(';', offset) + 1 || offset + 1 : offset + 1;
    }
    anchor(index, offset);
  }
}

/** Longest run of source a text character can sit behind: an entity, an escape, or a line's quote markers and indentation. */
const maxSkipped = 40;

/** A copy of the node whose inline code reads as blanks: code is not prose to judge. */
function blankInlineCode(node: Nodes): Nodes {
  if (node.type === 'inlineCode') return { type: 'text', value: ' '.repeat(node.value.length), position: node.position && { start: { ...node.position.start, offset: (node.position.start.offset ?? 0) + 1 }, end: node.position.end } };
  if (!('children' in node)) return node;
  return { ...node, children: node.children.map((child) => blankInlineCode(child as Nodes)) } as Nodes;
}
