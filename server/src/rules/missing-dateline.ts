import { missingPart } from './missing-part';

export const missingDateline = missingPart(
  'missing-dateline',
  'warning',
  'The summary paragraph does not open with a dateline (city and launch date).',
  (pr) => pr.dateline !== undefined,
  'The summary does not open with a dateline. Start it with the city and the launch date, e.g. "SEATTLE, WA — June 1, 2027 —", then say what launches and for whom.',
);
