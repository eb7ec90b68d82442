// The PR/FAQ's parts: the order readers expect and their names in messages.
// Which part a heading names is heading-names.ts.
import type { SectionKind } from './types';

/** The parts every PR/FAQ needs, in the order readers expect them. */
export const requiredOrder: readonly SectionKind[] = ['press-release', 'customer-faq', 'internal-faq', 'success-metrics'];

export const sectionNames: Record<SectionKind, string> = {
  'press-release': 'Press Release',
  'customer-faq': 'Customer FAQ',
  'internal-faq': 'Internal FAQ',
  'success-metrics': 'Success Metrics',
  tenets: 'Tenets',
  visuals: 'Visuals',
  appendix: 'Appendix',
  'stage-notes': 'Stage notes',
  other: 'Other',
};
