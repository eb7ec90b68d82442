// What the export commands need from the host they run in. Desktop VS Code
// loads dist/export.js and prints PDFs with the user's browser; the browser
// build (vscode.dev, github.dev) writes Word documents in a Web Worker and
// has no program to print a PDF with.
import type { DocxSettings, ExportSettings, PageReport } from '../../../core/src/index';

export interface ExportBackend {
  docx(text: string, settings: DocxSettings): Promise<Uint8Array>;
  /** Undefined in the browser, where no browser program can be run to print. */
  pdf?: PdfBackend;
}

export interface PdfBackend {
  print(text: string, settings: ExportSettings): Promise<{ pdf: Uint8Array; pages: PageReport }>;
  describePages(report: PageReport): string;
  /** The error says no Chromium-family browser was found: the writer is offered the setting. */
  isBrowserMissing(error: unknown): boolean;
}
