// The PR/FAQ model: what a document holds, part by part, with source ranges.
// Free of editor and protocol imports so the CLI and other hosts reuse it.

/** A zero-based position; `character` counts UTF-16 code units, as LSP does. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** The document parts a PR/FAQ is made of, in their canonical order. */
export type SectionKind =
  | 'press-release'
  | 'customer-faq'
  | 'internal-faq'
  | 'success-metrics'
  | 'other';

export interface Section {
  kind: SectionKind;
  /** The heading text as written, e.g. "Part 1 — Press Release". */
  title: string;
  /** Heading depth, 1 to 6. */
  depth: number;
  /** The heading line alone. */
  headingRange: Range;
  /** From the heading to the last line before the next heading of the same or a higher level. */
  range: Range;
}

export interface PrFaq {
  /** Top-level parts, in document order. */
  sections: Section[];
  /** Range of the whole text, for findings about the document as a whole. */
  documentRange: Range;
}
