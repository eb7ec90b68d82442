import { missingPart } from './missing-part';

export const missingCustomerQuote = missingPart(
  'missing-customer-quote',
  'warning',
  'No quotation attributed to a named customer.',
  (pr) => pr.quotes.some((quote) => quote.role === 'customer'),
  'The press release has no customer quote. Add a quotation from a named (possibly imagined) customer describing the benefit in their own words: "…," said Name, role in Place.',
);
