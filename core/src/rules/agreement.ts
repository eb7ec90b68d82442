// How often reviewers agreed with each rule's warnings and errors on real
// PR/FAQs they judged with the document open (docs/rules/precision.md, round
// 6: every warning and error on the 70 study documents). A rule reviewers
// agree with less than 70% of the time reports as a hint, out of the Problems
// panel, until it improves; the writer's own setting for it still wins.

export interface Agreement {
  agreed: number;
  judged: number;
}

export const measuredAgreement: Readonly<Record<string, Agreement>> = {
  'long-sentence': { agreed: 61, judged: 88 },
  'missing-section': { agreed: 55, judged: 78 },
  placeholder: { agreed: 31, judged: 38 },
  'missing-customer-quote': { agreed: 22, judged: 32 },
  'quote-without-speaker': { agreed: 7, judged: 27 },
  'missing-leader-quote': { agreed: 21, judged: 25 },
  'missing-subheading': { agreed: 20, judged: 24 },
  'missing-dateline': { agreed: 19, judged: 22 },
  'problem-without-data': { agreed: 15, judged: 21 },
  'metric-missing-target': { agreed: 3, judged: 21 },
  'hype-word': { agreed: 15, judged: 18 },
  'missing-getting-started': { agreed: 10, judged: 17 },
  'missing-headline': { agreed: 6, judged: 11 },
  'missing-call-to-action': { agreed: 7, judged: 10 },
  'call-to-action-one-sentence': { agreed: 0, judged: 9 },
  'press-release-length': { agreed: 7, judged: 8 },
};

/** Below this share of agreement a rule is a hint. */
export const agreementNeeded = 0.7;
/** Fewer judged findings than this say too little either way. */
const judgedEnough = 8;

/** The rule's measured agreement when it is too low for the Problems panel; undefined otherwise. */
export function tooOftenWrong(ruleId: string): Agreement | undefined {
  const measured = measuredAgreement[ruleId];
  return measured && measured.judged >= judgedEnough && measured.agreed / measured.judged < agreementNeeded ? measured : undefined;
}
