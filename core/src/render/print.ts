// The announcement as a browser prints it to PDF: paper size, margins, page
// numbers, where pages break, the metrics as a table. Used by the export only,
// so the language server does not carry it.
import type { ParsedDocument } from '../model/build';
import type { RenderOptions } from './hast';
import { page } from './index';
import { announcementStyles, type PaperSize } from '../../../shared/src/styles';

export interface PrintOptions {
  paper: PaperSize;
  /** Each FAQ starts on a page of its own. */
  faqOnNewPage: boolean;
}

export function renderPrintable(parsed: ParsedDocument, options: RenderOptions & PrintOptions): string {
  return page(parsed, { ...options, metricsAs: 'table' }, `${announcementStyles}${printStyles(options.paper, options.faqOnNewPage)}`, 'standalone print');
}

function printStyles(paper: PaperSize, faqOnNewPage: boolean): string {
  const size = paper === 'letter' ? 'letter' : 'A4';
  return String.raw`
@page { size: ${size}; margin: 15mm 17mm 16mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: system-ui, sans-serif; font-size: 8.5pt; color: #6b675f; } }
body.print { background: #fff; color: #1c1c1c; padding: 0; font-size: 10pt; line-height: 1.4; }
body.print .prfaq { max-width: none; }
.print .masthead { padding-top: 0; margin-bottom: 1rem; }
.print .headline { font-size: 1.85rem; }
.print .press-release p { margin-bottom: 0.75rem; }
.print .pull-quote { margin: 1rem 0; }
.print .call-to-action { margin: 1rem 0 0.5rem; }
.print .end-mark { margin: 0.5rem 0 0; break-before: avoid; }
.print .pull-quote blockquote { font-size: 1.08rem; }
.print .masthead, .print .section-kicker, .print .headline, .print .subheading, .print .part-title, .print .question { break-after: avoid; }
.print .faq, .print .metrics, .print .part { break-before: auto; margin-top: 2rem; border-top: 1px solid #d9d2c3; }
${faqOnNewPage ? '.print .faq { break-before: page; border-top: none; margin-top: 0; }' : ''}
.print .faq-item, .print .pull-quote, .print .call-to-action, .print tr { break-inside: avoid; }
.print a { color: #1f4f8a; text-decoration: underline; }
.print .metric-table th { background: #f1ece0; }
`;
}

