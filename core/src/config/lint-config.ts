// What a check runs under: the writer's settings as the rules read them. Made
// from the editor's settings or a .prfaqrc.json by settings.ts, and passed
// whole from the host to the pipeline (check-document.ts) and its workers.
import type { SectionNames } from '../model/heading-names';
import { defaultRuleOptions, type RuleOptions, type Severity } from '../rules/types';
import { defaultMaxDocumentKB } from './limits';

export type RuleSetting = Severity | 'off';

export interface LintConfig {
  /** Rule id → severity or off; rules not named keep their default severity. */
  rules: Record<string, RuleSetting>;
  options: RuleOptions;
  /** Documents larger than this are not analysed (`prfaq.limits.maxDocumentKB`). */
  maxDocumentKB: number;
  /** Heading names the writer added per part (`prfaq.sections`): they change how the document is read, not only what is reported. */
  sections: SectionNames;
}

export const defaultLintConfig: LintConfig = { rules: {}, options: defaultRuleOptions, maxDocumentKB: defaultMaxDocumentKB, sections: {} };
