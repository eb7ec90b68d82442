// Conversions between mdast's one-based points and the model's zero-based positions.
import type { Node } from 'mdast';
import type { Position, Range } from './types';

interface Point {
  line: number;
  column: number;
}

export function toPosition(point: Point): Position {
  return { line: point.line - 1, character: point.column - 1 };
}

/** The node's source range; an empty range at the start when the node has no position. */
export function nodeRange(node: Node): Range {
  const position = node.position;
  if (!position) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: toPosition(position.start), end: toPosition(position.end) };
}

/** The range covering the whole of `text`. */
export function wholeTextRange(text: string): Range {
  const lines = text.split(/\r\n|\r|\n/);
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
}
