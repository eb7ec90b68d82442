// The slim review bar: findings per part, and length against the budgets.
// Each count is a button that jumps to the part's first finding.
import type { Readiness } from '../../../../shared/src/protocol';
import { faqBudgetPages, faqPagesOf } from '../../../../shared/src/budgets';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function readinessBar(readiness: Readiness): HTMLElement[] {
  const items: HTMLElement[] = [];
  if (readiness.stage) {
    const stage = element('span', 'stage', readiness.stage);
    stage.title = `Stage ${readiness.stage}, from the front matter: the checks expect what this stage expects`;
    items.push(stage);
  }
  const total = element('span', `total ${readiness.errors ? 'has-errors' : readiness.warnings ? 'has-warnings' : 'clean'}`);
  total.textContent = readiness.errors + readiness.warnings === 0 ? '✓ Ready for review' : `${readiness.errors} errors · ${readiness.warnings} warnings`;
  items.push(total);
  for (const part of readiness.parts) {
    const button = element('button', `bar-part ${part.errors ? 'has-errors' : part.warnings ? 'has-warnings' : 'clean'}`);
    button.dataset.jump = String(part.firstFindingLine ?? part.line);
    button.title = part.errors + part.warnings ? `${part.name}: go to the first finding` : `${part.name}: go to the part`;
    button.append(element('span', 'name', part.name), element('span', 'count', part.errors + part.warnings ? `${part.errors + part.warnings}` : '✓'));
    items.push(button);
  }
  // The same units as the status bar: the press release in words, the FAQs in pages.
  items.push(budget('Press release', readiness.pressReleaseWords, readiness.pressReleaseBudget, `Press release ${readiness.pressReleaseWords}/${readiness.pressReleaseBudget} words`, 'about 1 page'));
  if (readiness.faqWords > 0) {
    const pages = faqPagesOf(readiness.faqWords, readiness.faqBudget).toFixed(1);
    items.push(budget('FAQs', readiness.faqWords, readiness.faqBudget, `FAQs ${pages}/${faqBudgetPages} pages`, `about ${pages} of ${faqBudgetPages} pages`));
  }
  return items;
}

function budget(name: string, words: number, limit: number, label: string, pages: string): HTMLElement {
  const over = words > limit;
  const node = element('span', `budget ${over ? 'over' : ''}`, label);
  node.title = `${name}: ${words} words against a budget of ${limit} (${pages})`;
  return node;
}
