// Offsets in the document's text ⇄ zero-based line/character positions.
import type { Position, Range } from './types';

export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 10 /* \n */) this.lineStarts.push(index + 1);
      else if (code === 13 /* \r */ && text.charCodeAt(index + 1) !== 10) this.lineStarts.push(index + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    // An offset inside a line break (between \r and \n) is the end of its line.
    return { line: low, character: Math.min(clamped - this.lineStarts[low]!, this.lineLength(low)) };
  }

  private lineLength(line: number): number {
    const start = this.lineStarts[line]!;
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return end - start;
  }

  /**
   * A range that never splits a character: an offset between the halves of a
   * surrogate pair (markdown escapes and stripped indentation can shift a
   * mapped offset by one) widens to the whole character.
   */
  rangeAt(startOffset: number, endOffset: number): Range {
    const start = this.splitsPair(startOffset) ? startOffset - 1 : startOffset;
    const end = this.splitsPair(endOffset) ? endOffset + 1 : endOffset;
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  private splitsPair(offset: number): boolean {
    const before = this.text.charCodeAt(offset - 1);
    const after = this.text.charCodeAt(offset);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  }

  /** The text of a line without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    const end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }

  get wholeRange(): Range {
    return this.rangeAt(0, this.text.length);
  }
}
