// One PR/FAQ in a line: what the funnel view, `prfaq status` and the
// workspace checks show for each document (title, stage, author, length
// against the budgets, errors and warnings).
import type { LintConfig } from '../config/lint-config';
import type { Finding } from '../rules/types';
import type { PrFaq } from '../model/types';
import { knownStage, type Stage } from '../model/stage';
import { frontMatterText } from '../model/front-matter';
import { readinessOf } from './readiness';
import type { SummaryFields } from '../../../shared/src/protocol';
import { faqPagesOf } from '../../../shared/src/budgets';

export interface DocumentSummary extends SummaryFields {
  stage?: Stage;
}

export function summarize(model: PrFaq, findings: Finding[], config: LintConfig): DocumentSummary {
  const readiness = readinessOf(model, findings, config);
  const data = model.frontMatter?.data ?? {};
  const title = model.pressRelease?.headline?.text ?? model.title?.text;
  const stage = knownStage(model.stage);
  // The readiness already names a known stage; an unknown one is shown as written.
  const stageLabel = readiness.stage ?? (model.stage && 'unknown' in model.stage ? model.stage.unknown : undefined);
  const status = frontMatterText(data, 'status');
  const author = frontMatterText(data, 'author');
  return {
    ...(title ? { title } : {}),
    ...(stage ? { stage } : {}),
    ...(stageLabel ? { stageLabel } : {}),
    ...(status ? { status } : {}),
    ...(author ? { author } : {}),
    pressReleaseWords: readiness.pressReleaseWords,
    pressReleaseBudget: readiness.pressReleaseBudget,
    faqWords: readiness.faqWords,
    faqBudget: readiness.faqBudget,
    faqPages: faqPagesOf(readiness.faqWords, readiness.faqBudget),
    errors: readiness.errors,
    warnings: readiness.warnings,
    recognised: model.recognition.confidence !== 'none',
  };
}
