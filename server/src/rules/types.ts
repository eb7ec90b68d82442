// What a rule is and what it reports. Free of editor and protocol imports.
import type { PrFaq, Range } from '../model/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Related {
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: Related[];
}

/** What a rule reports before the catalogue adds its id and configured severity. */
export type RuleFinding = Omit<Finding, 'ruleId' | 'severity'>;

/** Limits a writer can change in settings. */
export interface RuleOptions {
  /** Words in the press release before it runs past about one page. */
  pressReleaseMaxWords: number;
  /** Words in both FAQs together before they run past about five pages. */
  faqMaxWords: number;
}

export const defaultRuleOptions: RuleOptions = { pressReleaseMaxWords: 650, faqMaxWords: 2500 };

export interface Rule {
  /** Stable id, shown as the diagnostic code and used in settings and suppression comments. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule checks, for hovers and the rule catalogue. */
  description: string;
  check(model: PrFaq, options: RuleOptions): RuleFinding[];
}
