import { missingPart } from './missing-part';

export const missingGettingStarted = missingPart(
  'missing-getting-started',
  'warning',
  'No paragraph telling a customer how to begin.',
  (pr) => pr.gettingStarted !== undefined,
  'The press release does not say how to get started. Add a short paragraph after the leader quote with the first steps a customer takes, e.g. "Getting started takes …".',
);
