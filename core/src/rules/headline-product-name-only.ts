import { countWords } from '../model/words';
import { quoted } from './helpers';
import type { Rule } from './types';

/** A headline that is only a name tells a customer nothing about what they get. */
export const headlineProductNameOnly: Rule = {
  id: 'headline-product-name-only',
  defaultSeverity: 'warning',
  description: 'The headline is only the product name, with no benefit.',
  check(model) {
    const headline = model.pressRelease?.headline;
    if (!headline) return [];
    const text = headline.text.trim().replace(/[.!]+$/, '');
    const product = typeof model.frontMatter?.data.product === 'string' ? model.frontMatter.data.product : undefined;
    const sameAsName = [model.title?.text, product].some((name) => name !== undefined && name.trim().toLowerCase() === text.toLowerCase());
    if (!sameAsName && countWords(text) > 3) return [];
    return [
      {
        range: headline.range,
        message: `The headline ${quoted(text)} is only a name. Say what the customer gets, e.g. "${text} cuts …" or "${text} lets … do … in …".`,
      },
    ];
  },
};
