// Export in desktop VS Code: dist/export.js (docx, pdf-lib, the headless
// browser print) is required on the first export, not at activation.
import { loadExporter } from '../../../server/src/export/lazy';
import type { ExportBackend } from './backend';

export const nodeExportBackend: ExportBackend = {
  docx: (text, settings) => loadExporter().exportDocx(text, settings),
  pdf: {
    print: (text, settings) => loadExporter().exportPdf(text, settings),
    describePages: (report) => loadExporter().describePages(report),
    isBrowserMissing: (error) => error instanceof loadExporter().BrowserNotFoundError,
  },
};
