import { oneSentence } from './one-sentence';

export const subheadingOneSentence = oneSentence(
  'subheading-one-sentence',
  'subheading',
  (pr) => pr.subheading,
  'Cut it to one sentence: who the customer is and what they get. Move the rest into the summary paragraph.',
);
