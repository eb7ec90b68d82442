// The rule catalogue and the one entry point that runs it over a model.
import type { PrFaq } from '../model/types';
import { missingPressRelease } from './missing-press-release';
import type { Finding, Rule } from './types';

export const rules: readonly Rule[] = [missingPressRelease];

export function runRules(model: PrFaq): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const found of rule.check(model)) {
      findings.push({ ruleId: rule.id, severity: rule.defaultSeverity, ...found });
    }
  }
  return findings;
}
