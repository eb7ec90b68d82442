import type { Rule } from './types';

/** Customers' questions come first: they are what the launch is for. */
export const faqOrder: Rule = {
  id: 'faq-order',
  defaultSeverity: 'warning',
  description: 'The customer FAQ comes after the internal FAQ.',
  check(model) {
    const customer = model.customerFaq?.section;
    const internal = model.internalFaq?.section;
    if (!customer || !internal || customer.range.start.line < internal.range.start.line) return [];
    return [
      {
        range: customer.headingRange,
        message: 'The Customer FAQ comes after the Internal FAQ. Move it directly below the press release, so readers meet the customer\'s questions before the company\'s.',
        related: [{ range: internal.headingRange, message: 'Internal FAQ is here' }],
      },
    ];
  },
};
