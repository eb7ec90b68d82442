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
