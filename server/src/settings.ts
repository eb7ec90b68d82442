// The writer's settings (`prfaq.*`), read and checked: anything malformed is
// reported once and replaced by the default, never allowed to break analysis.
import { defaultMaxDocumentKB } from './analysis/limits';
import { ruleById } from './rules/index';
import type { LintConfig, RuleSetting } from './rules/run';
import { defaultRuleOptions } from './rules/types';

export interface RawSettings {
  rules?: unknown;
  limits?: { pressReleaseWords?: unknown; faqWords?: unknown; maxDocumentKB?: unknown };
}

const ruleSettings: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export function toLintConfig(raw: RawSettings | undefined, warn: (message: string) => void): LintConfig {
  const rules: Record<string, RuleSetting> = {};
  if (raw?.rules && typeof raw.rules === 'object') {
    for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (!ruleById.has(id)) warn(`prfaq.rules: there is no rule "${id}"; the setting is ignored. Rule ids are listed in docs/rules/README.md.`);
      else if (typeof value === 'string' && ruleSettings.includes(value as RuleSetting)) rules[id] = value as RuleSetting;
      else warn(`prfaq.rules.${id}: "${String(value)}" is not one of ${ruleSettings.join(', ')}; the rule keeps its default.`);
    }
  }
  return {
    rules,
    options: {
      pressReleaseMaxWords: positive(raw?.limits?.pressReleaseWords, defaultRuleOptions.pressReleaseMaxWords, 'prfaq.limits.pressReleaseWords', warn),
      faqMaxWords: positive(raw?.limits?.faqWords, defaultRuleOptions.faqMaxWords, 'prfaq.limits.faqWords', warn),
    },
    maxDocumentKB: positive(raw?.limits?.maxDocumentKB, defaultMaxDocumentKB, 'prfaq.limits.maxDocumentKB', warn),
  };
}

function positive(value: unknown, fallback: number, name: string, warn: (message: string) => void): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.round(value);
  warn(`${name}: "${String(value)}" is not a positive number; using ${fallback}.`);
  return fallback;
}
