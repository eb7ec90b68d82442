// The PR/FAQ engine's one public entry. The language server, its workers, the
// command line and the extension import the engine from here only (the
// dependency check in `npm test` holds them to it). Nothing here imports a
// host: no vscode, no language server, and no Node built-ins except the PDF
// export's printing, which the browser build never reaches.
//
// Every module here is free of side effects (package.json says so), so a
// bundle keeps only what it uses: the extension's client takes the stage names
// and the templates, not the parser.

// The pipeline.
export { checkDocument, isDeclaredPrfaq, skippedDocument, type CheckedDocument, type DocumentOptions } from './check/check-document';
export { runRules } from './check/run-rules';

// Configuration and limits.
export { defaultLintConfig, type LintConfig, type RuleSetting } from './config/lint-config';
export { toLintConfig, type RawSettings } from './config/settings';
export { analysisSkippedId, defaultMaxDocumentKB, defaultParseTimeoutMs, failureSkip, sizeSkip, skipFinding, type SkipReason } from './config/limits';

// The model.
export { buildModel, emptyDocument, parseDocument, type ParsedDocument } from './model/build';
export { SourceText } from './model/source';
export { TooDeeplyNestedError } from './model/parse';
export { faqWordCount, itemsInSection } from './model/faq';
export { requiredOrder, sectionNames } from './model/part-order';
export type { SectionNames } from './model/heading-names';
export { knownStage, stageDescriptions, stageIds, stageNamed, stageRank, type Stage } from './model/stage';
export type { Faq, FaqItem, Position, PrFaq, PressRelease, Range, Section, SectionKind, SuccessMetrics, TextSpan } from './model/types';

// The rules.
export { ruleById, rules } from './rules/index';
export { tooOftenWrong } from './rules/agreement';
export { coreTopics } from './rules/internal-faq-core-topics';
export { ruleGroups, stageTable, type RuleGroup } from './rules/stage-table';
export type { Finding, Severity } from './rules/types';

// Reports on one document.
export { firstLook } from './reports/first-look';
export { readinessOf } from './reports/readiness';
export { summarize, type DocumentSummary } from './reports/summary';

// The page.
export { documentTitle, isPaperSize, renderFragment, renderStandalone, type PaperSize, type RenderOptions } from './render/index';

// Export for the review meeting (PDF printing needs Node and a browser program).
export { BrowserNotFoundError, describePages, exportDocx, exportPdf, findBrowser, pageBudgets, type DocxSettings, type ExportSettings, type PageReport } from './export/index';

// Templates.
export { documentTemplates, fileSlug, type DocumentTemplate } from './templates/documents';
export { coreQuestionEntry, coreQuestions } from './templates/faq';
export { fullPrfaq } from './templates/full';
export { metricListItem, metricTableRow } from './templates/metrics';
export { atHeadingDepth, sectionTemplates, type RequiredKind } from './templates/section-skeletons';
export { snippetFile } from './templates/snippets';
export { asSnippet, withNames } from './templates/template-text';
