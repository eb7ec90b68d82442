// Runs the catalogue over a model with the writer's configuration: severities
// (or off) per rule, the document's stage, and its suppression comments.
import type { Directive, PrFaq } from '../model/types';
import { knownStage } from '../model/stage';
import { rules } from '../rules/index';
import { stageSeverity } from '../rules/stage-table';
import { tooOftenWrong } from '../rules/agreement';
import type { Finding, Severity } from '../rules/types';
import { defaultLintConfig, type LintConfig } from '../config/lint-config';

export function runRules(model: PrFaq, config: LintConfig = defaultLintConfig): Finding[] {
  const suppressed = suppressionCheck(model.directives);
  const findings: Finding[] = [];
  const stage = knownStage(model.stage);
  for (const rule of rules) {
    // The writer's setting, else what the document's stage expects, else the rule's default.
    const configured = config.rules[rule.id];
    if (configured === 'off') continue;
    // A rule reviewers too often disagree with is a hint until it improves, unless the writer asked for it.
    const evidence = configured ? undefined : tooOftenWrong(rule.id);
    for (const { quieter, part, ...found } of rule.check(model, config.options)) {
      if (suppressed(rule.id, found.range.start.line)) continue;
      const setting = configured ?? stageSeverity(stage, rule.id, part) ?? rule.defaultSeverity;
      if (evidence) findings.push({ ruleId: rule.id, severity: 'hint', ...found, quietedByEvidence: evidence });
      else findings.push({ ruleId: rule.id, severity: quieter ? oneLower[setting] : setting, ...found });
    }
  }
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

const oneLower: Record<Severity, Severity> = { error: 'warning', warning: 'information', information: 'hint', hint: 'hint' };

/** Whether a finding of `ruleId` on `line` is silenced by a comment. */
function suppressionCheck(directives: Directive[]): (ruleId: string, line: number) => boolean {
  if (directives.length === 0) return () => false;
  const names = (directive: Directive, ruleId: string) => directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
  return (ruleId, line) => {
    let disabled = false;
    for (const directive of directives) {
      if (!names(directive, ruleId)) continue;
      if (directive.kind === 'disable-next-line' && directive.range.end.line + 1 === line) return true;
      if (directive.kind === 'disable-line' && directive.range.start.line <= line && line <= directive.range.end.line) return true;
      if (directive.range.start.line > line) continue;
      if (directive.kind === 'disable') disabled = true;
      if (directive.kind === 'enable') disabled = false;
    }
    return disabled;
  };
}
