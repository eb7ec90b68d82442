import { missingPart } from './missing-part';

export const missingDateline = missingPart(
  'missing-dateline',
  'warning',
  'The summary paragraph does not open with a dateline (city and launch date).',
  // Datelines are written many ways outside English ("Data: 24 de Abril", a date line apart from the place): say less there.
  (pr, model) => (pr.dateline !== undefined && pr.dateline.date !== '') || (model.language !== 'eng' && model.language !== 'und'),
  (pr) =>
    pr.dateline
      ? `The dateline names the place ("${pr.dateline.city}") but no launch date. Add the date after it, e.g. "SEATTLE, WA — June 1, 2027 —", so readers know when it launches.`
      : 'The summary does not open with a dateline. Start it with the city and the launch date, e.g. "SEATTLE, WA — June 1, 2027 —", then say what launches and for whom.',
);
