import { missingPart } from './missing-part';

export const missingCallToAction = missingPart(
  'missing-call-to-action',
  'warning',
  'No closing sentence telling the reader where to go next.',
  (pr) => pr.callToAction !== undefined,
  'The press release has no call to action. End it with one sentence telling the reader where to go next, e.g. "Start a free trial at example.com/product."',
);
