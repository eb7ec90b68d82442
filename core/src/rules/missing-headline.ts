import { missingPart } from './missing-part';

export const missingHeadline = missingPart(
  'missing-headline',
  'error',
  'The press release has no headline.',
  (pr) => pr.headline !== undefined,
  'The press release has no headline. Add a "###" heading right below "Press Release" that names the product and its benefit in words the customer uses.',
);
