import type { Rule } from './types';

/** Descriptions that name no one a reader could picture. */
const faceless = /^(?:an?|the|our)\s+(?:company\s+)?(?:spokes(?:person|man|woman)|representative|executive|source|official|insider)s?$/i;

/**
 * An unattributed quotation reads as the company talking to itself. A speaker
 * described by their role ("said the first user", "— Director of Data", a
 * label above the quote) is someone a reader can picture: asked to be named,
 * one severity lower. "A spokesperson" is nobody.
 */
export const quoteWithoutSpeaker: Rule = {
  id: 'quote-without-speaker',
  defaultSeverity: 'warning',
  description: 'A quotation in the press release has no named speaker.',
  check(model) {
    return (model.pressRelease?.quotes ?? [])
      .filter((quote) => !quote.speaker)
      .map((quote) => {
        if (quote.saidBy && !faceless.test(quote.saidBy)) {
          return {
            range: quote.range,
            quieter: true,
            message: `This quotation describes its speaker ("${quote.saidBy}") but does not name them. Add the name, e.g. "…," said Name, ${quote.saidBy.replace(/^(?:an?|the|one|our|their|its)\s+/i, '')}.`,
          };
        }
        return {
          range: quote.range,
          message:
            quote.role === 'leader'
              ? 'This quotation names no speaker. Attribute it to a named company leader: "…," said Name, Title at Company.'
              : 'This quotation names no speaker. Attribute it to a named customer: "…," said Name, role in Place.',
        };
      });
  },
};
