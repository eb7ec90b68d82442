import { missingPart } from './missing-part';

export const missingDateline = missingPart(
  'missing-dateline',
  'warning',
  'The summary paragraph does not open with a dateline (city and launch date).',
  // Datelines are written many ways outside English ("Data: 24 de Abril", a date line apart from the place): say less there.
  (pr, model) => pr.dateline !== undefined || (model.language !== 'eng' && model.language !== 'und'),
  'The summary does not open with a dateline. Start it with the city and the launch date, e.g. "SEATTLE, WA — June 1, 2027 —", then say what launches and for whom.',
);
