// The lengths a review expects, and how every view reports them: the press
// release in words against its one-page budget, the FAQs in pages against
// five, and on paper the pages each part takes when printed.
import type { PaperSize } from './styles';

/** What a review expects on paper: the press release on one page, the FAQs in five. */
export const pageBudgets = { pressRelease: 1, faqs: 5 } as const;

/** The FAQs' budget in pages; a page of FAQ holds a fifth of the budget's words. */
export const faqBudgetPages = pageBudgets.faqs;

/** The FAQs' length in pages, to one decimal. */
export function faqPagesOf(words: number, budgetWords: number): number {
  return Math.round((words / (budgetWords / faqBudgetPages)) * 10) / 10;
}

/** Pages on paper: the press release printed alone, the FAQs printed alone, and the whole document. */
export interface PageReport {
  paper: PaperSize;
  pressRelease?: number;
  faqs?: number;
  total: number;
}

/** "Press release 1 page (budget 1) · FAQs 6 pages (budget 5, over) · 8 pages on A4". */
export function describePages(report: PageReport): string {
  const pages = (count: number) => `${count} ${count === 1 ? 'page' : 'pages'}`;
  const part = (name: string, count: number | undefined, budget: number) => (count === undefined ? undefined : `${name} ${pages(count)} (budget ${budget}${count > budget ? ', over' : ''})`);
  const parts = [part('Press release', report.pressRelease, pageBudgets.pressRelease), part('FAQs', report.faqs, pageBudgets.faqs)].filter(Boolean);
  return [...parts, `${pages(report.total)} on ${report.paper === 'letter' ? 'Letter' : 'A4'}`].join(' · ');
}
