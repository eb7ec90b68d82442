// What each stage expects: the severity a group of rules reports at, by stage.
// An early document is not held to the final bar (a Listen draft need not
// have metrics yet), and a document going to review may not keep a [TBD].
// A stage that names no severity for a group leaves the rules' defaults;
// the writer's own `prfaq.rules` settings always win. docs/rules/stages.md
// shows this table to writers.
import type { SectionKind } from '../model/types';
import type { Stage } from '../model/stage';
import type { Severity } from './types';

export type RuleGroup = 'missing-parts' | 'faq' | 'metrics' | 'quotes' | 'placeholders';

export const ruleGroups: Record<RuleGroup, { label: string; rules: readonly string[] }> = {
  'missing-parts': {
    label: 'missing parts',
    rules: ['missing-press-release', 'missing-section', 'missing-headline', 'missing-subheading', 'missing-dateline', 'missing-getting-started', 'missing-call-to-action'],
  },
  faq: { label: 'FAQ rules', rules: ['faq-missing-answer', 'faq-order', 'duplicate-question', 'question-mark', 'faq-length', 'internal-faq-core-topics'] },
  metrics: { label: 'success-metric rules', rules: ['metric-missing-target', 'metrics-all-outputs'] },
  quotes: { label: 'quote rules', rules: ['missing-customer-quote', 'missing-leader-quote', 'quote-without-speaker'] },
  placeholders: { label: 'placeholders', rules: ['placeholder'] },
};

const early: Partial<Record<RuleGroup, Severity>> = { 'missing-parts': 'information', faq: 'information', metrics: 'information', quotes: 'information', placeholders: 'information' };
const drafting: Partial<Record<RuleGroup, Severity>> = { metrics: 'information', quotes: 'information', placeholders: 'information' };

export const stageTable: Record<Stage, Partial<Record<RuleGroup, Severity>>> = {
  listen: early,
  define: early,
  invent: drafting,
  draft: drafting,
  refine: {},
  'test-and-iterate': {},
  review: { placeholders: 'error' },
  final: { placeholders: 'error', 'missing-parts': 'error' },
};

const groupOfRule = new Map(Object.entries(ruleGroups).flatMap(([group, { rules }]) => rules.map((rule) => [rule, group as RuleGroup] as const)));

/**
 * The groups a finding belongs to, the first that the stage calibrates
 * deciding: a missing FAQ or metrics part counts with that part's rules, then
 * with the missing parts.
 */
export function groupsOf(ruleId: string, part?: SectionKind): RuleGroup[] {
  const own = groupOfRule.get(ruleId);
  if (ruleId === 'missing-section' && part === 'success-metrics') return ['metrics', 'missing-parts'];
  if (ruleId === 'missing-section' && (part === 'customer-faq' || part === 'internal-faq')) return ['faq', 'missing-parts'];
  return own ? [own] : [];
}

/** The severity `stage` gives a finding of `ruleId`, or undefined to keep the rule's default. */
export function stageSeverity(stage: Stage | undefined, ruleId: string, part?: SectionKind): Severity | undefined {
  if (!stage) return undefined;
  const calibrated = groupsOf(ruleId, part).find((group) => stageTable[stage][group] !== undefined);
  return calibrated ? stageTable[stage][calibrated] : undefined;
}
