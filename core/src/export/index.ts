// Export for the review meeting: PDF and Word from a PR/FAQ's text, and the
// pages its parts take on paper. Bundled on its own (dist/export.js) and loaded
// only when someone exports, so the extension's activation and the language
// server do not carry docx and pdf-lib.
import { parseDocument } from '../model/build';
import type { SectionNames } from '../model/heading-names';
import type { PaperSize } from '../render/index';
import { renderPrintable } from '../render/print';
import { findBrowser, pageCount, printToPdf } from './pdf';

export { BrowserNotFoundError, findBrowser } from './pdf';
export { exportDocx, type DocxSettings } from './docx';

export interface ExportSettings {
  paper: PaperSize;
  /** Each FAQ starts on a new page of the PDF. */
  faqOnNewPage: boolean;
  /** A Chromium-family browser's program; found in its usual place when not given. */
  browserPath?: string;
  /** Where the writer sets the browser, for the message when it is missing. */
  browserSetting?: string;
  sections?: SectionNames;
  timeoutMs?: number;
}

/** Pages on paper: the press release printed alone, the FAQs printed alone, and the whole document. */
export interface PageReport {
  paper: PaperSize;
  pressRelease?: number;
  faqs?: number;
  total: number;
}

/** What a review expects: the press release on one page, the FAQs in five. */
export const pageBudgets = { pressRelease: 1, faqs: 5 } as const;

export async function exportPdf(text: string, settings: ExportSettings): Promise<{ pdf: Uint8Array; pages: PageReport }> {
  const parsed = parseDocument(text, { sections: settings.sections });
  const browser = findBrowser(settings.browserPath, settings.browserSetting);
  const print = (parts?: ReadonlyArray<'press-release' | 'faqs'>) =>
    printToPdf(renderPrintable(parsed, { allowRemoteImages: false, paper: settings.paper, faqOnNewPage: settings.faqOnNewPage, ...(parts ? { parts } : {}) }), { browser, timeoutMs: settings.timeoutMs });
  const { model } = parsed;
  const hasFaqs = Boolean(model.customerFaq || model.internalFaq);
  // The three prints are independent: run them side by side.
  const [pdf, pressRelease, faqs] = await Promise.all([print(), model.pressRelease ? print(['press-release']) : undefined, hasFaqs ? print(['faqs']) : undefined]);
  const pages: PageReport = { paper: settings.paper, total: await pageCount(pdf) };
  if (pressRelease) pages.pressRelease = await pageCount(pressRelease);
  if (faqs) pages.faqs = await pageCount(faqs);
  return { pdf, pages };
}

/** "Press release 1 page (budget 1) · FAQs 6 pages (budget 5, over) · 8 pages on A4". */
export function describePages(report: PageReport): string {
  const pages = (count: number) => `${count} ${count === 1 ? 'page' : 'pages'}`;
  const part = (name: string, count: number | undefined, budget: number) => (count === undefined ? undefined : `${name} ${pages(count)} (budget ${budget}${count > budget ? ', over' : ''})`);
  const parts = [part('Press release', report.pressRelease, pageBudgets.pressRelease), part('FAQs', report.faqs, pageBudgets.faqs)].filter(Boolean);
  return [...parts, `${pages(report.total)} on ${report.paper === 'letter' ? 'Letter' : 'A4'}`].join(' · ');
}
