// Every question of both FAQs, with the FAQ it belongs to.
import type { FaqItem, PrFaq } from '../model/types';

export interface LocatedItem {
  item: FaqItem;
  faqName: string;
}

export function allFaqItems(model: PrFaq): LocatedItem[] {
  return [
    ...(model.customerFaq?.items ?? []).map((item) => ({ item, faqName: 'customer FAQ' })),
    ...(model.internalFaq?.items ?? []).map((item) => ({ item, faqName: 'internal FAQ' })),
  ];
}
