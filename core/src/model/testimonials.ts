// Quotations written outside the press release, in a part of their own
// ("## Customer Testimonies", "## What users say", often after the FAQ): the
// press release's customer (or leader) quotes all the same.
import type { Blockquote, Paragraph, RootContent } from 'mdast';
import { partOfLabel } from './part-labels';
import { plainTextOf } from './plain-text';
import { findQuote, type QuoteCandidate } from './quotes';
import type { SectionWithBlocks } from './section-blocks';
import type { SourceText } from './source';
import type { Quote } from './types';

/** The quotations in parts whose heading names customer or leader quotes; a quotation block there is one even without marks. */
export function quotesInTestimonials(parts: SectionWithBlocks[], source: SourceText): Quote[] {
  const quotes: Quote[] = [];
  for (const part of parts) {
    const label = part.section.kind === 'other' ? partOfLabel(part.section.title) : undefined;
    if (label !== 'customer-quote' && label !== 'leader-quote') continue;
    const role = label === 'customer-quote' ? 'customer' : 'leader';
    for (const node of blocksOf(part.blocks)) {
      const plain = plainTextOf(node, source);
      if (plain.text.trim().split(/\s+/).length < 5) continue;
      const quote: QuoteCandidate | undefined = findQuote(plain, 0, node.type === 'blockquote') ?? (node.type === 'blockquote' ? plain.span(0) : undefined);
      if (!quote) continue;
      const signedBy = quote.speaker || quote.saidBy || node.type !== 'blockquote' ? undefined : signature(node.children, source);
      quotes.push({ ...quote, ...(signedBy ? { saidBy: signedBy } : {}), role });
    }
  }
  return quotes;
}

/** "> - Avid cook in San Francisco": a one-item list closing a testimonial, the way a letter is signed. */
function signature(children: RootContent[], source: SourceText): string | undefined {
  const last = children[children.length - 1];
  if (last?.type !== 'list' || last.children.length !== 1) return undefined;
  const text = plainTextOf(last, source).text.trim();
  return text.length > 0 && text.split(/\s+/).length <= 12 ? text : undefined;
}

/** Paragraphs and quotation blocks, and the paragraphs of list items ("- "…" — Name"). */
function blocksOf(blocks: RootContent[]): Array<Paragraph | Blockquote> {
  const flat: RootContent[] = blocks.flatMap((node) => (node.type === 'list' ? node.children.flatMap((item): RootContent[] => item.children) : [node]));
  return flat.filter((node): node is Paragraph | Blockquote => node.type === 'paragraph' || node.type === 'blockquote');
}
