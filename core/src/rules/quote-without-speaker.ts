import type { Rule } from './types';

/** An unattributed quotation reads as the company talking to itself. */
export const quoteWithoutSpeaker: Rule = {
  id: 'quote-without-speaker',
  defaultSeverity: 'warning',
  description: 'A quotation in the press release has no named speaker.',
  check(model) {
    return (model.pressRelease?.quotes ?? [])
      .filter((quote) => !quote.speaker)
      .map((quote) => ({
        range: quote.range,
        message:
          quote.role === 'leader'
            ? 'This quotation names no speaker. Attribute it to a named company leader: "…," said Name, Title at Company.'
            : 'This quotation names no speaker. Attribute it to a named customer: "…," said Name, role in Place.',
      }));
  },
};
