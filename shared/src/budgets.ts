// How long the FAQs are, in the one unit every view shows them in: pages.
// The press release is counted in words against its one-page budget.

/** The FAQs' budget is five pages; a page of FAQ holds a fifth of the budget's words. */
export const faqBudgetPages = 5;

/** The FAQs' length in pages, to one decimal. */
export function faqPagesOf(words: number, budgetWords: number): number {
  return Math.round((words / (budgetWords / faqBudgetPages)) * 10) / 10;
}
