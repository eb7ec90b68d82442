// What a rule is and what it reports. Free of editor and protocol imports.
import type { PrFaq, Range, SectionKind } from '../model/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Related {
  range: Range;
  message: string;
}

/** One text replacement; ranges are in the document the finding was made on. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A change that resolves a finding, offered as a quick fix. */
export interface Fix {
  /** The quick fix's title, e.g. `Replace "due to the fact that" with "because"`. */
  title: string;
  edits: TextEdit[];
  /**
   * Safe to apply without reading it: the text means the same afterwards.
   * Only safe fixes run in `source.fixAll.prfaq` (fix all on save).
   */
  safe: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: Related[];
  /** Quick fixes, where the change is known; none where only the writer can supply it. */
  fixes?: Fix[];
  /** Reported as a hint because reviewers agree with the rule too seldom (rules/agreement.ts): how often they did. */
  quietedByEvidence?: { agreed: number; judged: number };
}

/**
 * What a rule reports before the catalogue adds its id and configured severity.
 * `quieter`: the finding stands where it matters less (a hedge in the internal
 * FAQ rather than the press release) and is reported one severity lower.
 */
export type RuleFinding = Omit<Finding, 'ruleId' | 'severity'> & {
  quieter?: true;
  /** The part the finding is about, where the rule covers several (a missing FAQ or metrics part): the stage calibrates it with that part's rules. */
  part?: SectionKind;
};

/** A word list as the writer tunes it: entries added to the defaults, and defaults removed. */
export interface WordListSetting {
  add: string[];
  remove: string[];
}

/** The writing checks' limits and word lists (`prfaq.limits.*`, `prfaq.style.*`). */
export interface StyleOptions {
  /** Words in a sentence before `long-sentence` reports it. */
  sentenceMaxWords: number;
  /** Lowest Flesch reading ease a paragraph may score. */
  readingEase: number;
  /** Highest Flesch–Kincaid grade a paragraph may score; when set, used instead of reading ease. */
  readingGrade?: number;
  weaselWords: WordListSetting;
  hypeWords: WordListSetting;
  /** Adjectives and adverbs that stand in for data (`claim-without-data`). */
  vagueClaims: WordListSetting;
  allowedAcronyms: WordListSetting;
  /** Phrase → shorter replacement. */
  wordyPhrases: { add: Record<string, string>; remove: string[] };
}

const emptyList = (): WordListSetting => ({ add: [], remove: [] });

export const defaultStyleOptions: StyleOptions = {
  sentenceMaxWords: 30,
  readingEase: 50,
  weaselWords: emptyList(),
  hypeWords: emptyList(),
  vagueClaims: emptyList(),
  allowedAcronyms: emptyList(),
  wordyPhrases: { add: {}, remove: [] },
};

/** Limits a writer can change in settings. */
export interface RuleOptions {
  /** Words in the press release before it runs past about one page. */
  pressReleaseMaxWords: number;
  /** Words in both FAQs together before they run past about five pages. */
  faqMaxWords: number;
  style: StyleOptions;
}

export const defaultRuleOptions: RuleOptions = { pressReleaseMaxWords: 650, faqMaxWords: 2500, style: defaultStyleOptions };

export interface Rule {
  /** Stable id, shown as the diagnostic code and used in settings and suppression comments. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule checks, for hovers and the rule catalogue. */
  description: string;
  check(model: PrFaq, options: RuleOptions): RuleFinding[];
}
