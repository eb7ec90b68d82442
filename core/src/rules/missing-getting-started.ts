import { sentences } from '../model/words';
import { missingPart } from './missing-part';

// A call to action that walks through the first steps is the getting-started paragraph too.
const firstSteps = /\b(?:start (?:with|by)|begin (?:with|by)|install|clone|download|prerequisites?|first step|step (?:1|one))\b/i;

export const missingGettingStarted = missingPart(
  'missing-getting-started',
  'warning',
  'No paragraph telling a customer how to begin.',
  (pr) => pr.gettingStarted !== undefined || (pr.callToAction !== undefined && sentences(pr.callToAction.text).length >= 2 && firstSteps.test(pr.callToAction.text)),
  'The press release does not say how to get started. Add a short paragraph after the leader quote with the first steps a customer takes, e.g. "Getting started takes …".',
  { foundByEnglishCues: true },
);
