// Export for the review meeting: PDF and Word from a PR/FAQ's text, and the
// pages its parts take on paper. Bundled on its own (dist/export.js) and loaded
// only when someone exports, so the extension's activation and the language
// server do not carry docx and pdf-lib.
import { parseDocument } from '../model/build';
import type { SectionNames } from '../model/heading-names';
import type { PaperSize } from '../render/index';
import { renderPrintable } from '../render/print';
import { findBrowser, pageCount, printToPdf } from './pdf';
import type { PageReport } from '../../../shared/src/budgets';

export { describePages, pageBudgets, type PageReport } from '../../../shared/src/budgets';

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
