// The readable text of a markdown node, with a map back to source offsets, so
// a word found in the text can be underlined exactly where it stands.
import type { Nodes } from 'mdast';
import type { SourceText } from './source';
import type { Range, TextSpan } from './types';

export interface Segment {
  textStart: number;
  sourceStart: number;
  length: number;
}

export class PlainText {
  constructor(
    readonly text: string,
    private readonly segments: Segment[],
    private readonly source: SourceText,
    /** Where the node starts and ends in the source, for text with no segment. */
    private readonly fallback: { start: number; end: number },
  ) {}

  /**
   * The source offset of a text index (an end index maps to the end of its
   * segment). Binary search: a whole document's text has a segment per text node.
   */
  sourceOffset(index: number, isEnd = false): number {
    const segments = this.segments;
    if (segments.length === 0) return isEnd ? this.fallback.end : this.fallback.start;
    // The first segment that holds the index: it ends after it (or at it, for an end index).
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const segmentEnd = segments[middle]!.textStart + segments[middle]!.length;
      if (index < segmentEnd || (isEnd && index === segmentEnd)) high = middle;
      else low = middle + 1;
    }
    const segment = segments[low];
    if (segment) return segment.sourceStart + Math.max(0, index - segment.textStart);
    const last = segments[segments.length - 1]!;
    return last.sourceStart + last.length;
  }

  /** Where each stretch of text came from, in text order; for callers that keep their own map. */
  get stretches(): readonly Segment[] {
    return this.segments;
  }

  rangeOf(start: number, end: number): Range {
    const startOffset = this.sourceOffset(start);
    const endOffset = Math.max(startOffset, this.sourceOffset(end, true));
    return this.source.rangeAt(startOffset, endOffset);
  }

  /** The span of `text.slice(start, end)`, trimmed of surrounding white space. */
  span(start = 0, end = this.text.length): TextSpan {
    const slice = this.text.slice(start, end);
    const leading = slice.length - slice.trimStart().length;
    const trailing = slice.length - slice.trimEnd().length;
    const from = start + leading;
    const to = Math.max(from, end - trailing);
    const text = this.text.slice(from, to);
    const startOffset = this.sourceOffset(from);
    const endOffset = Math.max(startOffset, this.sourceOffset(to, true));
    const range = this.source.rangeAt(startOffset, endOffset);
    const endsAsWritten = text.length > 0 && this.source.text.charAt(endOffset - 1) === text.charAt(text.length - 1);
    return endsAsWritten ? { text, range, endsAsWritten } : { text, range };
  }
}

/** Block children are joined by a blank line, inline breaks by a newline; HTML (comments) is left out. */
export function plainTextOf(nodes: Nodes | Nodes[], source: SourceText): PlainText {
  const list = Array.isArray(nodes) ? nodes : [nodes];
  let text = '';
  // The text's last two characters, kept apart: asking a long concatenated string flattens it each time.
  let tail = '';
  const segments: Segment[] = [];

  const add = (value: string, sourceStart: number | undefined): void => {
    if (value.length === 0) return;
    if (sourceStart !== undefined) segments.push({ textStart: text.length, sourceStart, length: value.length });
    text += value;
    tail = value.length >= 2 ? value.slice(-2) : tail.slice(-1) + value;
  };

  const visit = (node: Nodes, blockSeparator: boolean): void => {
    switch (node.type) {
      case 'text':
        add(node.value, node.position?.start.offset);
        return;
      case 'inlineCode':
        add(node.value, node.position?.start.offset === undefined ? undefined : node.position.start.offset + 1);
        return;
      case 'break':
        add('\n', undefined);
        return;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'definition':
      case 'yaml':
      case 'code':
      case 'thematicBreak':
        return;
      default:
        break;
    }
    if (!('children' in node)) return;
    node.children.forEach((child, index) => {
      const isBlock = blockSeparator && index > 0 && !isInline(child);
      if (isBlock && text.length > 0 && tail !== '\n\n') add('\n\n', undefined);
      visit(child as Nodes, true);
    });
  };

  list.forEach((node, index) => {
    if (index > 0 && text.length > 0) add('\n\n', undefined);
    visit(node, true);
  });
  const first = list[0]?.position?.start.offset ?? 0;
  const last = list[list.length - 1]?.position?.end.offset ?? first;
  return new PlainText(text, segments, source, { start: first, end: last });
}

const inlineTypes = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'linkReference', 'break', 'html', 'image', 'imageReference', 'footnoteReference']);

function isInline(node: { type: string }): boolean {
  return inlineTypes.has(node.type);
}
