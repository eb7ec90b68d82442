// One parse, as a worker runs it off the main thread: the same in a Node
// worker thread and in a browser's Web Worker.
import type { Root } from 'mdast';
import { parseDocument } from '../model/build';
import type { SectionNames } from '../model/heading-names';
import type { PrFaq } from '../model/types';
import { failureSkip, type SkipReason } from './limits';

export interface ParseRequest {
  id: number;
  text: string;
  sections: SectionNames;
}

export type ParseReply = { id: number; tree: Root; model: PrFaq } | { id: number; skipped: SkipReason };

export function parseJob({ id, text, sections }: ParseRequest): ParseReply {
  try {
    const { tree, model } = parseDocument(text, { sections });
    return { id, tree, model };
  } catch (error) {
    return { id, skipped: failureSkip(error) };
  }
}
