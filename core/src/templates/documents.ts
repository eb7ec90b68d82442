// The templates a writer can start a new PR/FAQ from, for the New PR/FAQ command.
import { frontMatterAndTitle, fullTemplate, pressReleaseOnlyTemplate, refineTemplate } from './full';
import { define, invent, listen, refine, stageDocumentNote, testAndIterate } from './stages';

export interface DocumentTemplate {
  id: string;
  label: string;
  /** One line in the quick pick: what the writer gets. */
  detail: string;
  template: string;
}

const stageDocument = (stage: string, notes: string) => `${frontMatterAndTitle(stage)}
${stageDocumentNote}
${notes}`;

export const documentTemplates: readonly DocumentTemplate[] = [
  { id: 'full', label: 'Full PR/FAQ', detail: 'Press release, customer FAQ, internal FAQ and success metrics, ready to fill in.', template: fullTemplate },
  { id: 'press-release', label: 'Press release only', detail: 'Start with the one-page announcement; add the FAQs later from completions.', template: pressReleaseOnlyTemplate },
  { id: 'listen', label: 'Stage 1 — Listen', detail: 'Who the customer is, what we know about them, and how we know it.', template: stageDocument('listen', listen) },
  { id: 'define', label: 'Stage 2 — Define', detail: 'The problem statement: "Today, customers have to … Customers need a way to …"', template: stageDocument('define', define) },
  { id: 'invent', label: 'Stage 3 — Invent', detail: 'The solutions considered, and why this one.', template: stageDocument('invent', invent) },
  { id: 'refine', label: 'Stage 4 — Refine', detail: 'The full PR/FAQ, with a log of what each review changed.', template: refineTemplate(refine) },
  { id: 'test-and-iterate', label: 'Stage 5 — Test & Iterate', detail: 'The prototype, success metrics, what success and unintended effects look like.', template: stageDocument('test-and-iterate', testAndIterate) },
];

/** `Rebook Pro` → `rebook-pro`: the file name a product's PR/FAQ gets. */
export function fileSlug(product: string): string {
  return product.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'new-product';
}
