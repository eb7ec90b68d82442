// What a rule is and what it reports. Free of editor and protocol imports.
import type { PrFaq, Range } from '../model/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
}

export interface Rule {
  /** Stable id, shown as the diagnostic code and used in settings and suppression comments. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule checks, for hovers and the rule catalogue. */
  description: string;
  check(model: PrFaq): Array<Omit<Finding, 'ruleId' | 'severity'>>;
}
