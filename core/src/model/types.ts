// The PR/FAQ model: what a document holds, part by part, with source ranges.
// Free of editor and protocol imports so the CLI and other hosts reuse it.
import type { DocumentStage } from './stage';

/** A zero-based position; `character` counts UTF-16 code units, as LSP does. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A piece of the document's prose: its plain text (markup removed) and where it stands. */
export interface TextSpan {
  text: string;
  range: Range;
  /** The range ends on the text's own last character, not on markup (emphasis, code, an escape) after it. */
  endsAsWritten?: true;
}

/** The document parts a PR/FAQ is made of, in their canonical order, then the optional ones. */
export type SectionKind =
  | 'press-release'
  | 'customer-faq'
  | 'internal-faq'
  | 'success-metrics'
  | 'tenets'
  | 'visuals'
  | 'appendix'
  | 'stage-notes'
  | 'other';

export interface Section {
  kind: SectionKind;
  /** The heading text as written, e.g. "Part 1 — Press Release". */
  title: string;
  /** Heading depth, 1 to 6; 0 for a press release found without a heading of its own. */
  depth: number;
  /** The heading line alone (an empty range at the start of the first block when there is no heading). */
  headingRange: Range;
  /** From the heading to the end of the last block before the next part. */
  range: Range;
  /** Words of prose in the part, headings included. */
  wordCount: number;
  /** How the part was recognised and how sure that is. */
  recognition: SectionRecognition;
  /** A FAQ that does not split customers' questions from the company's: it stands for both. */
  combined?: true;
  /** The language its prose reads as (ISO 639-3, such as "eng" or "deu"); the document's when the part is too short to tell. */
  language?: string;
}

/** Why the recogniser took a stretch of the document for a part, for hovers and for deciding how loudly to report. */
export interface SectionRecognition {
  by: Recognition;
  /** The heading names the part, or its content leaves no doubt (a dateline, FOR IMMEDIATE RELEASE). */
  sure: boolean;
  /** In a few words, e.g. 'the heading "External FAQ (Customer)" names the customer FAQ'. */
  reason: string;
  /** A "Working Backwards" section written as other artifacts from the future (CHANGELOG, README) instead of a press release. */
  artifacts?: string[];
}

/** How clearly the document is a PR/FAQ, and what says so. */
export interface DocumentRecognition {
  /**
   * `clear`: a press release recognised for sure, or two of the four main parts named by headings;
   * `partial`: some part recognised, but not enough to be sure; `none`: nothing of a PR/FAQ found.
   */
  confidence: 'clear' | 'partial' | 'none';
  reasons: string[];
  /** Clear because the writer said so: the file is named *.prfaq.md and has an FAQ or metrics part. */
  declared?: true;
  /** The file is named *.prfaq.md: the writer means it to be a whole PR/FAQ. */
  named?: true;
}

/** How a part was recognised; shown in hovers and used to judge certainty. */
export type Recognition = 'heading' | 'label' | 'position' | 'content';

export type PressReleasePartKind =
  | 'headline'
  | 'subheading'
  | 'summary'
  | 'problem'
  | 'solution'
  | 'getting-started'
  | 'call-to-action';

export interface PressReleasePart extends TextSpan {
  kind: PressReleasePartKind;
  recognisedBy: Recognition;
}

export interface Dateline extends TextSpan {
  /** Empty when the summary opens with the date alone ("July 2026 —"), as online launches often do. */
  city: string;
  date: string;
  /** `[LAUNCH DATE]`, `TBD` and the like: present, but not yet decided. */
  dateIsPlaceholder: boolean;
}

export type QuoteRole = 'leader' | 'customer';

export interface Speaker extends TextSpan {
  name: string;
  /** What follows the name: "General Manager of Clinic Tools at Harbor Health". */
  title: string;
}

export interface Quote extends TextSpan {
  role: QuoteRole;
  /** Missing when the quote names nobody ("said a customer"). */
  speaker?: Speaker;
  /** Who speaks, described rather than named: "said the first user", a label "A café owner in Kiel" above it. */
  saidBy?: string;
}

export interface PressRelease {
  section: Section;
  headline?: PressReleasePart;
  subheading?: PressReleasePart;
  summary?: PressReleasePart;
  dateline?: Dateline;
  problem?: PressReleasePart;
  solution?: PressReleasePart;
  gettingStarted?: PressReleasePart;
  callToAction?: PressReleasePart;
  quotes: Quote[];
  wordCount: number;
}

export type FaqStyle = 'heading' | 'qa' | 'bold';

export interface FaqItem {
  /** The question without its number or `Q:` label. */
  question: TextSpan;
  /** "C1", "3", "Q2" when the question is numbered. */
  number?: string;
  /** Missing when nothing follows the question before the next one. */
  answer?: TextSpan;
  /** The question and its answer. */
  range: Range;
  style: FaqStyle;
}

export interface Faq {
  section: Section;
  items: FaqItem[];
}

export type MetricType = 'input' | 'output';

export interface Metric extends TextSpan {
  name: string;
  /** The first figure in the target, e.g. "35%", "15 minutes", "1,200". */
  target?: string;
  unit?: string;
  timeFrame?: string;
  type?: MetricType;
  /** Whether the type was written down or guessed from the metric's words. */
  typeStated: boolean;
}

export interface SuccessMetrics {
  section: Section;
  metrics: Metric[];
  style: 'table' | 'list' | 'paragraphs';
}

/** Success metrics given as the answer to an FAQ question ("What does success look like?"), with that question. */
export interface MetricsInFaq extends SuccessMetrics {
  item: FaqItem;
}

export interface Placeholder extends TextSpan {
  /** Where a dateline placeholder stands: the launch date or the city. */
  inDateline?: 'date' | 'city';
}

export interface FrontMatter {
  range: Range;
  /** Top-level keys, when the YAML is a mapping. */
  data: Record<string, unknown>;
  /** The YAML parser's message when the block does not parse. */
  error?: string;
}

/** A suppression comment in the document. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty: every rule. */
  ruleIds: string[];
  range: Range;
}

/** Text index from which positions run on along one source line. */
export interface TextAnchor {
  index: number;
  line: number;
  character: number;
  /** Characters left on the line from here: markup the text leaves out (escapes, entities) must not push a position past it. */
  room: number;
}

/** One paragraph, heading or table cell of prose, as the writing rules read it. */
export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'table-cell';
  /** Readable text: markup removed, inline code blanked out. */
  text: string;
  /** Text index → source position: a text index maps to the last anchor at or before it, plus the distance. */
  anchors: TextAnchor[];
  start: Position;
  /** The part the block stands in; missing before the first part (the title, a preamble). */
  section?: SectionKind;
}

export interface PrFaq {
  frontMatter?: FrontMatter;
  /** The front matter's `stage:` (or a `status:` that names one): the rules are calibrated to it. */
  stage?: DocumentStage;
  /** The document title: a lone heading above the parts, or front matter `title`. */
  title?: TextSpan;
  /** Parts in document order, each with its range. */
  sections: Section[];
  pressRelease?: PressRelease;
  customerFaq?: Faq;
  internalFaq?: Faq;
  successMetrics?: SuccessMetrics;
  placeholders: Placeholder[];
  directives: Directive[];
  /** Every paragraph, heading and table cell, in document order, for the writing rules. */
  prose: ProseBlock[];
  /** Range of the whole text, for findings about the document as a whole. */
  documentRange: Range;
  /** Where no part holds the metrics, those an FAQ answer gives. */
  metricsInFaq?: MetricsInFaq;
  recognition: DocumentRecognition;
  /**
   * The language of the document as a whole (ISO 639-3): the front matter's `lang:`,
   * else detected from the text; `und` when there is too little text to tell.
   */
  language: string;
  /** Whether `language` was written in the front matter rather than detected. */
  languageStated?: true;
}
