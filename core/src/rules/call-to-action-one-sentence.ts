import { oneSentence } from './one-sentence';

export const callToActionOneSentence = oneSentence(
  'call-to-action-one-sentence',
  'call to action',
  // The last paragraph taken by its place alone is as often a scope or privacy note as a call to action: judged 1 of 4 on real documents.
  (pr) => (pr.callToAction?.recognisedBy === 'position' ? undefined : pr.callToAction),
  'Cut it to one sentence that tells the reader where to go next; move availability details into the FAQ.',
  // Two short sentences (availability, then where to go) read as one call to action, judged so on 5 of 8 real
  // cases; prices and conditions do not, they belong in the FAQ.
  { sentences: 2, words: 35, unless: /[$€£¥]|\d+\s*%|\b(?:free|per|before|until|discount|plans?\s+(?:start|begin))\b/i },
);
