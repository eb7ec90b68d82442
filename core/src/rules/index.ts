// The rule catalogue, in the order a reviewer reads the document.
import { duplicateQuestion } from './duplicate-question';
import { faqMissingAnswer } from './faq-missing-answer';
import { faqOrder } from './faq-order';
import { headlineProductNameOnly } from './headline-product-name-only';
import { internalFaqCoreTopics } from './internal-faq-core-topics';
import { faqLength } from './faq-length';
import { pressReleaseLength } from './press-release-length';
import { metricMissingTarget } from './metric-missing-target';
import { metricsAllOutputs } from './metrics-all-outputs';
import { missingPressRelease } from './missing-press-release';
import { missingSection } from './missing-section';
import { callToActionOneSentence } from './call-to-action-one-sentence';
import { subheadingOneSentence } from './subheading-one-sentence';
import { placeholder } from './placeholder';
import { missingCallToAction } from './missing-call-to-action';
import { missingCustomerQuote } from './missing-customer-quote';
import { missingDateline } from './missing-dateline';
import { missingGettingStarted } from './missing-getting-started';
import { missingHeadline } from './missing-headline';
import { missingLeaderQuote } from './missing-leader-quote';
import { missingSubheading } from './missing-subheading';
import { problemWithoutData } from './problem-without-data';
import { questionMark } from './question-mark';
import { quoteWithoutSpeaker } from './quote-without-speaker';
import { sectionOrder } from './section-order';
import { claimWithoutData } from './claim-without-data';
import { hypeWord } from './hype-word';
import { longSentence } from './long-sentence';
import { partsNotRecognised } from './parts-not-recognised';
import { passiveVoice } from './passive-voice';
import { readability } from './readability';
import { undefinedAcronym } from './undefined-acronym';
import { weaselWord } from './weasel-word';
import { wordyPhrase } from './wordy-phrase';
import { writingChecksSkipped } from './writing-checks-skipped';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  partsNotRecognised,
  missingPressRelease,
  missingSection,
  sectionOrder,
  faqOrder,
  missingHeadline,
  missingSubheading,
  missingDateline,
  missingLeaderQuote,
  missingCustomerQuote,
  missingGettingStarted,
  missingCallToAction,
  subheadingOneSentence,
  callToActionOneSentence,
  headlineProductNameOnly,
  problemWithoutData,
  quoteWithoutSpeaker,
  questionMark,
  faqMissingAnswer,
  duplicateQuestion,
  internalFaqCoreTopics,
  metricMissingTarget,
  metricsAllOutputs,
  placeholder,
  pressReleaseLength,
  faqLength,
  // Writing: read sentence by sentence, after the structure.
  writingChecksSkipped,
  weaselWord,
  hypeWord,
  claimWithoutData,
  undefinedAcronym,
  longSentence,
  wordyPhrase,
  passiveVoice,
  readability,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
