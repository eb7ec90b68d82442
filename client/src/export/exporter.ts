// PR/FAQ: Export… — the announcement as standalone HTML (rendered by the
// language server), a PDF printed by the user's Chromium-family browser, or a
// Word document; and PR/FAQ: Measure Pages. The PDF and Word code loads only
// when used, from the host's backend (backend.ts). A file is never replaced
// without asking, and the PR/FAQ itself is only read.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { PageReport, SectionNames } from '../../../core/src/index';
import { renderRequest, type RenderParams, type RenderResult } from '../../../shared/src/protocol';
import { isPaperSize, type PaperSize } from '../../../shared/src/styles';
import { fileExists } from '../file-exists';
import type { ExportBackend, PdfBackend } from './backend';

export type ExportFormat = 'html' | 'pdf' | 'docx';

export interface ExportRequest {
  format: ExportFormat;
  /** The PR/FAQ to export; the active one when missing. */
  uri?: vscode.Uri;
  /** Where to write; a save dialog asks when missing. */
  target?: vscode.Uri;
  /** Asked before an existing target is replaced (tests answer it). */
  confirmReplace?: (target: vscode.Uri) => Promise<boolean>;
}

const formats: Record<ExportFormat, { label: string; extension: string; filter: string; detail: string }> = {
  html: { label: 'HTML', extension: 'html', filter: 'HTML', detail: 'The announcement as one web page, styles inlined' },
  pdf: { label: 'PDF', extension: 'pdf', filter: 'PDF', detail: 'Printed by Chrome, Edge, Chromium or Brave, with the pages each part takes' },
  docx: { label: 'Word (.docx)', extension: 'docx', filter: 'Word document', detail: 'Title, headings, quotes, numbered questions and a metrics table, ready for comments' },
};

export class Exporter {
  constructor(
    private readonly client: LanguageClient,
    /** The document the preview shows, when no PR/FAQ editor is active. */
    private readonly previewed: () => vscode.Uri | undefined,
    private readonly backend: ExportBackend,
  ) {}

  /** PR/FAQ: Export… — asks for the format, then where to write. */
  async pick(uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const items = (Object.keys(formats) as ExportFormat[]).map((format) => ({
      label: formats[format].label,
      detail: format === 'pdf' && !this.backend.pdf ? 'Needs desktop VS Code, which can run a browser to print it' : formats[format].detail,
      format,
    }));
    const chosen = await vscode.window.showQuickPick(items, { title: 'Export PR/FAQ', placeHolder: 'Choose the format for the review meeting' });
    return chosen ? this.export({ format: chosen.format, uri }) : undefined;
  }

  async export(request: ExportRequest): Promise<vscode.Uri | undefined> {
    const source = this.sourceOf(request.uri, `Export to ${formats[request.format].label}`);
    if (!source) return undefined;
    if (request.format === 'pdf' && !this.backend.pdf) return this.pdfNeedsDesktop(source);
    const document = await vscode.workspace.openTextDocument(source);
    const { extension, filter, label } = formats[request.format];
    const suggested = source.with({ path: source.path.replace(/(\.prfaq)?\.md$/i, '') + `.${extension}` });
    const destination = request.target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { [filter]: [extension] }, saveLabel: 'Export', title: `Export PR/FAQ to ${label}` }));
    if (!destination) return undefined;
    // The save dialog asks before it replaces a file itself; a given target is checked here.
    if (request.target && (await fileExists(request.target)) && !(await (request.confirmReplace ?? askToReplace)(request.target))) return undefined;
    const written = await this.write(request.format, document, destination);
    if (!written) return undefined;
    const where = vscode.workspace.asRelativePath(destination);
    // In the browser the file is in the workspace's file system, which no other program can open.
    const action = vscode.env.uiKind === vscode.UIKind.Web ? 'Show in Explorer' : 'Open';
    void vscode.window.showInformationMessage(written.pages ? `Exported to ${where}. ${written.pages}` : `Exported the PR/FAQ to ${where}.`, action).then((choice) => {
      if (!choice) return;
      if (action === 'Open') void vscode.env.openExternal(destination);
      else void vscode.commands.executeCommand('revealInExplorer', destination);
    });
    return destination;
  }

  /** PR/FAQ: Measure Pages — prints to a temporary file, counts, and deletes it. */
  async measurePages(uri?: vscode.Uri): Promise<PageReport | undefined> {
    const source = this.sourceOf(uri, 'Measure Pages');
    if (!source) return undefined;
    const pdf = this.backend.pdf;
    if (!pdf) return this.pdfNeedsDesktop(source);
    const document = await vscode.workspace.openTextDocument(source);
    const printed = await this.printPdf(pdf, document, 'Measuring pages');
    if (!printed) return undefined;
    void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(source)}: ${pdf.describePages(printed.pages)}`);
    return printed.pages;
  }

  /** The browser build: say why, and offer the formats that work here (without waiting for the answer). */
  private pdfNeedsDesktop(source: vscode.Uri): undefined {
    void vscode.window
      .showWarningMessage(
        'PDF export and page counts need desktop VS Code, which can run Chrome, Edge, Chromium or Brave to print. Here in the browser, export to Word or HTML and print that, or open this repository in desktop VS Code.',
        'Export to Word',
        'Export to HTML',
      )
      .then((choice) => {
        if (choice) void this.export({ format: choice === 'Export to Word' ? 'docx' : 'html', uri: source });
      });
    return undefined;
  }

  private sourceOf(uri: vscode.Uri | undefined, command: string): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    const source = uri ?? (editor?.document.languageId === 'prfaq' ? editor.document.uri : this.previewed());
    if (!source) void vscode.window.showInformationMessage(`Open a PR/FAQ (*.prfaq.md) file first, then run PR/FAQ: ${command}.`);
    return source;
  }

  private async write(format: ExportFormat, document: vscode.TextDocument, destination: vscode.Uri): Promise<{ pages?: string } | undefined> {
    if (format === 'html') {
      const params: RenderParams = { uri: document.uri.toString(), standalone: true, allowRemoteImages: false };
      const result = await this.client.sendRequest<RenderResult | null>(renderRequest, params);
      if (!result) {
        void vscode.window.showErrorMessage(`Could not render ${document.uri.path}: the PR/FAQ language server does not have it open.`);
        return undefined;
      }
      await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.html));
      return {};
    }
    if (format === 'docx') {
      const settings = exportSettings(document.uri);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Writing the Word document…' }, () => this.backend.docx(document.getText(), settings));
      } catch (error) {
        void vscode.window.showErrorMessage(`Could not write the Word document: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
      await vscode.workspace.fs.writeFile(destination, bytes);
      return {};
    }
    // export() has sent a PDF request here only when the backend can print.
    const pdf = this.backend.pdf!;
    const printed = await this.printPdf(pdf, document, 'Printing the PDF');
    if (!printed) return undefined;
    await vscode.workspace.fs.writeFile(destination, printed.pdf);
    return { pages: pdf.describePages(printed.pages) };
  }

  private async printPdf(pdf: PdfBackend, document: vscode.TextDocument, title: string): Promise<{ pdf: Uint8Array; pages: PageReport } | undefined> {
    try {
      return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `${title}…` }, () => pdf.print(document.getText(), exportSettings(document.uri)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (pdf.isBrowserMissing(error)) {
        void vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
          if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'prfaq.export.browserPath');
        });
      } else void vscode.window.showErrorMessage(`Could not print the PDF: ${message}`);
      return undefined;
    }
  }
}

async function askToReplace(target: vscode.Uri): Promise<boolean> {
  const choice = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target)} already exists. Replace it?`, { modal: true }, 'Replace');
  return choice === 'Replace';
}

function exportSettings(uri: vscode.Uri): { paper: PaperSize; faqOnNewPage: boolean; browserPath?: string; sections?: SectionNames } {
  const config = vscode.workspace.getConfiguration('prfaq', uri);
  const paper = config.get<string>('export.paper', 'a4');
  const browserPath = config.get<string>('export.browserPath', '').trim();
  return {
    paper: isPaperSize(paper) ? paper : 'a4',
    faqOnNewPage: config.get<boolean>('export.faqOnNewPage', true),
    ...(browserPath ? { browserPath } : {}),
    sections: config.get<SectionNames>('sections'),
  };
}
