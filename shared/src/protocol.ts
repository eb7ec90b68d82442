// Custom requests between the VS Code client and the server. Types only and
// constants, so the client can import this without pulling in the server.

/** Render a document as a launch announcement. */
export const renderRequest = 'prfaq/render';

export interface RenderParams {
  uri: string;
  /** A whole HTML page with the styles inlined (export), instead of a fragment (preview). */
  standalone?: boolean;
  allowRemoteImages?: boolean;
}

export interface PartReadiness {
  name: string;
  /** Zero-based line of the part's heading. */
  line: number;
  errors: number;
  warnings: number;
  /** Zero-based line of the part's first error or warning, to jump to. */
  firstFindingLine?: number;
}

export interface Readiness {
  /** The document's stage as the writer reads it ("In review"), when the front matter gives a known one. */
  stage?: string;
  parts: PartReadiness[];
  pressReleaseWords: number;
  pressReleaseBudget: number;
  faqWords: number;
  faqBudget: number;
  errors: number;
  warnings: number;
}

export interface RenderResult {
  uri: string;
  version: number;
  title: string;
  html: string;
  readiness: Readiness;
}

/** The review counts alone, for the status bar: cheaper than a render. */
export const readinessRequest = 'prfaq/readiness';

export interface ReadinessParams {
  uri: string;
}

/**
 * Files the client read (closed ones, for the PR/FAQs view and the workspace
 * checks): each analysed once, not kept, and answered with its summary and
 * its diagnostics. Documents the server has open are answered as open.
 */
export const summarizeRequest = 'prfaq/summarize';

export interface SummarizeParams {
  documents: Array<{ uri: string; text: string }>;
}

/**
 * A first look at files the client read, before they are checked: each file's
 * title and front-matter fields, read without a markdown parse, so the PR/FAQs
 * view lists a workspace at once. Answered in the order asked.
 */
export const firstLookRequest = 'prfaq/firstLook';

export type FirstLookParams = SummarizeParams;

export type FirstLookFields = Pick<SummaryFields, 'title' | 'stage' | 'stageLabel' | 'status' | 'author'>;

/** One PR/FAQ in a line, for the PR/FAQs view and `prfaq status` (made by core/src/reports/summary.ts). */
export interface SummaryFields {
  /** The headline, else the title, else undefined (the caller names the file). */
  title?: string;
  /** A stage id (core/src/model/stage.ts). */
  stage?: string;
  /** The stage as a writer reads it ("In review"), or the unknown value written. */
  stageLabel?: string;
  status?: string;
  author?: string;
  pressReleaseWords: number;
  pressReleaseBudget: number;
  faqWords: number;
  faqBudget: number;
  /** The FAQs' length in pages, at the budget's words per page. */
  faqPages: number;
  errors: number;
  warnings: number;
  /** Whether prfaq read the document as a PR/FAQ at all. */
  recognised: boolean;
}

export interface SummarizedDocument {
  uri: string;
  summary: SummaryFields;
  /** LSP diagnostics, as publishDiagnostics would send them. */
  diagnostics: unknown[];
}
