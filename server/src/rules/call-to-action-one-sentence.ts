import { oneSentence } from './one-sentence';

export const callToActionOneSentence = oneSentence(
  'call-to-action-one-sentence',
  'call to action',
  (pr) => pr.callToAction,
  'Cut it to one sentence that tells the reader where to go next; move availability details into the FAQ.',
);
