import { faqWordCount } from '../model/faq';
import type { Rule } from './types';

const wordsPerPage = 500;

/** The two FAQs together fit on about five pages. */
export const faqLength: Rule = {
  id: 'faq-length',
  defaultSeverity: 'warning',
  description: 'The customer and internal FAQs together are longer than about five pages.',
  check(model, options) {
    const faqs = [model.customerFaq, model.internalFaq].filter((faq) => faq !== undefined);
    const words = faqWordCount(model.sections);
    if (faqs.length === 0 || words <= options.faqMaxWords) return [];
    const pages = (words / wordsPerPage).toFixed(1);
    return [
      {
        range: faqs[0]!.section.headingRange,
        message: `The FAQs have ${words} words (about ${pages} pages), over the ${options.faqMaxWords}-word budget (about five pages). Merge overlapping questions and move detail to an appendix.`,
      },
    ];
  },
};
