// The status bar item on PR/FAQ editors: the press release's words against its one-page
// budget and the FAQs' length in pages, from the server's review counts.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { readinessRequest, type Readiness, type ReadinessParams } from '../../shared/src/protocol';
import { faqBudgetPages, faqPagesOf } from '../../shared/src/budgets';

export class PrfaqStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('prfaq.length', vscode.StatusBarAlignment.Right, 100);
  private readonly updated = new vscode.EventEmitter<Readiness>();
  /** Fires after the item shows new counts; the tests wait on it. */
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [this.item, this.updated];
  /** Each update's number; an answer to an older request is dropped. */
  private latest = 0;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'PR/FAQ length';
    this.item.command = 'prfaq.openPreviewToSide';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      // Diagnostics arrive once the server has analysed a new version: the counts are ready then.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) void this.update();
      }),
    );
    void this.update();
  }

  get text(): string {
    return this.item.text;
  }

  private async update(): Promise<void> {
    const request = ++this.latest;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'prfaq') {
      this.item.hide();
      return;
    }
    let readiness: Readiness | null;
    try {
      readiness = await this.client.sendRequest<Readiness | null>(readinessRequest, { uri: document.uri.toString() } satisfies ReadinessParams);
    } catch {
      return; // The server is restarting; the next diagnostics bring fresh counts.
    }
    if (request !== this.latest || !readiness) return;
    this.show(readiness);
    this.updated.fire(readiness);
  }

  private show(readiness: Readiness): void {
    const pages = faqPagesOf(readiness.faqWords, readiness.faqBudget).toFixed(1);
    const over = readiness.pressReleaseWords > readiness.pressReleaseBudget || readiness.faqWords > readiness.faqBudget;
    this.item.text = `$(book) PR ${readiness.pressReleaseWords}/${readiness.pressReleaseBudget} words · FAQ ${pages}/${faqBudgetPages} pages${readiness.stage ? ` · ${readiness.stage}` : ''}`;
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**PR/FAQ length**\n\n`);
    if (readiness.stage) tooltip.appendMarkdown(`- Stage: ${readiness.stage}, from the front matter; the checks expect what this stage expects\n`);
    tooltip.appendMarkdown(`- Press release: ${readiness.pressReleaseWords} of ${readiness.pressReleaseBudget} words (about one page)${readiness.pressReleaseWords > readiness.pressReleaseBudget ? ' — cut it to fit' : ''}\n`);
    tooltip.appendMarkdown(`- FAQs: ${readiness.faqWords} words, about ${pages} of ${faqBudgetPages} pages${readiness.faqWords > readiness.faqBudget ? ' — move detail to an appendix' : ''}\n`);
    tooltip.appendMarkdown(`- Findings: ${readiness.errors} errors, ${readiness.warnings} warnings\n\n`);
    tooltip.appendMarkdown('Click to open the preview with its review bar.');
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
