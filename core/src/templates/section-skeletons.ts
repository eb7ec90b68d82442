// The skeleton of each required PR/FAQ part, for quick fixes and completions that add a missing part.
import type { SectionKind } from '../model/types';
import { customerFaq, internalFaq } from './faq';
import { metricsTable } from './metrics';
import { pressRelease } from './press-release';

export type RequiredKind = Extract<SectionKind, 'press-release' | 'customer-faq' | 'internal-faq' | 'success-metrics'>;

export const sectionTemplates: Record<RequiredKind, string> = {
  'press-release': pressRelease,
  'customer-faq': customerFaq,
  'internal-faq': internalFaq,
  'success-metrics': metricsTable,
};

/** Templates put parts at `##`; a document whose parts are `#` or `###` gets its headings moved to match. */
export function atHeadingDepth(template: string, depth: number): string {
  const shift = depth - 2;
  if (shift === 0) return template;
  return template.replace(/^(#{1,6}) /gm, (_whole, hashes: string) => `${'#'.repeat(Math.min(6, Math.max(1, hashes.length + shift)))} `);
}
