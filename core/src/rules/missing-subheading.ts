import { missingPart } from './missing-part';

export const missingSubheading = missingPart(
  'missing-subheading',
  'warning',
  'The press release has no subheading under the headline.',
  (pr) => pr.subheading !== undefined || pr.headline === undefined,
  'The press release has no subheading. Add one sentence under the headline saying who the customer is and what they get.',
);
