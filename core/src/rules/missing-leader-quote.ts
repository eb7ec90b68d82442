import { missingPart } from './missing-part';

export const missingLeaderQuote = missingPart(
  'missing-leader-quote',
  'warning',
  'No quotation attributed to a named company spokesperson.',
  (pr) => pr.quotes.some((quote) => quote.role === 'leader'),
  'The press release has no leader quote. Add a quotation from a named company leader on why this matters to customers: "…," said Name, Title at Company.',
);
