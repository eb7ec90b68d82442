// One job, as a worker runs it off the main thread: the same in a Node worker
// thread and in a browser's Web Worker. A parse returns the tree and model; a
// render parses and returns the preview's HTML, so a large document's preview
// does not hold up the server either.
import type { Root } from 'mdast';
import { parseDocument } from '../model/build';
import type { SectionNames } from '../model/heading-names';
import type { PrFaq } from '../model/types';
import { renderFragment, renderStandalone, type RenderOptions } from '../render/index';
import { failureSkip, type SkipReason } from './limits';

export interface RenderJob {
  standalone: boolean;
  options: RenderOptions;
}

export interface ParseRequest {
  id: number;
  text: string;
  sections: SectionNames;
  /** Render the page instead of returning the model. */
  render?: RenderJob;
}

export type ParseReply = { id: number; tree: Root; model: PrFaq } | { id: number; html: string } | { id: number; skipped: SkipReason };

export function parseJob({ id, text, sections, render }: ParseRequest): ParseReply {
  try {
    const parsed = parseDocument(text, { sections });
    if (render) return { id, html: render.standalone ? renderStandalone(parsed, render.options) : renderFragment(parsed, render.options) };
    return { id, tree: parsed.tree, model: parsed.model };
  } catch (error) {
    return { id, skipped: failureSkip(error) };
  }
}
