// The PR/FAQs view in the Explorer: every PR/FAQ in the workspace, grouped by
// stage in the order a document moves through them, each with its findings,
// its length against the budgets and when it last changed. Click to open;
// the preview and the export are on its context menu.
import * as vscode from 'vscode';
import type { WorkspaceDocument, WorkspaceDocuments } from './workspace-documents';
import { stageNamed, stageRank } from '../../../core/src/index';

export type FunnelSort = 'name' | 'readiness' | 'changed';

const noStage = 'No stage';

type Node = { kind: 'stage'; label: string; documents: WorkspaceDocument[] } | { kind: 'document'; document: WorkspaceDocument };

export class FunnelView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly view: vscode.TreeView<Node>;

  constructor(
    private readonly documents: WorkspaceDocuments,
    private readonly state: vscode.Memento,
  ) {
    this.view = vscode.window.createTreeView('prfaq.funnel', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, documents.onDidChange(() => this.redrawSoon()), { dispose: () => clearTimeout(this.redrawTimer) });
  }

  private redrawTimer: ReturnType<typeof setTimeout> | undefined;
  private redrawPending = false;

  /** A scan reports every batch of files; the tree is drawn at once, then at most every 200 ms while more come. */
  private redrawSoon(): void {
    if (this.redrawTimer) {
      this.redrawPending = true;
      return;
    }
    this.changed.fire();
    this.redrawTimer = setTimeout(() => {
      this.redrawTimer = undefined;
      if (!this.redrawPending) return;
      this.redrawPending = false;
      this.redrawSoon();
    }, 200);
  }

  get sort(): FunnelSort {
    return this.state.get<FunnelSort>('prfaq.funnel.sort', 'name');
  }

  get groupByStage(): boolean {
    return this.state.get<boolean>('prfaq.funnel.groupByStage', true);
  }

  async setSort(sort: FunnelSort): Promise<void> {
    await this.state.update('prfaq.funnel.sort', sort);
    this.changed.fire();
  }

  async setGroupByStage(group: boolean): Promise<void> {
    await this.state.update('prfaq.funnel.groupByStage', group);
    this.changed.fire();
  }

  /** What the view shows, as rows: for tests and for `prfaq status` to be compared with. */
  rows(): Array<{ group?: string; label: string; description: string }> {
    return this.topLevel().flatMap((node) =>
      node.kind === 'stage' ? this.sorted(node.documents).map((document) => ({ group: node.label, ...this.texts(document) })) : [this.texts(node.document)],
    );
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.topLevel();
    return node.kind === 'stage' ? this.sorted(node.documents).map((document) => ({ kind: 'document', document })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'stage') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      const errors = node.documents.reduce((sum, document) => sum + document.summary.errors, 0);
      const warnings = node.documents.reduce((sum, document) => sum + document.summary.warnings, 0);
      const unchecked = node.documents.filter((document) => !document.checked).length;
      item.description = [node.documents.length, ...(unchecked < node.documents.length ? [counts(errors, warnings)] : []), ...(unchecked ? [`${unchecked} being checked`] : [])].join(' · ');
      item.contextValue = 'prfaqStage';
      item.id = `stage:${node.label}`;
      return item;
    }
    const { document } = node;
    const { label, description } = this.texts(document);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = document.uri.toString();
    item.resourceUri = document.uri;
    item.description = description;
    item.iconPath = !document.checked ? new vscode.ThemeIcon('loading~spin') : document.summary.errors ? new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')) : document.summary.warnings ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    item.contextValue = 'prfaqDocument';
    item.command = { command: 'vscode.open', title: 'Open', arguments: [document.uri] };
    return item;
  }

  /** The tooltip is made when the pointer rests on a row, not for all of them at every redraw. */
  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    if (node.kind === 'document') item.tooltip = tooltip(node.document);
    return item;
  }

  private topLevel(): Node[] {
    const all = this.documents.all;
    if (!this.groupByStage) return this.sorted(all).map((document) => ({ kind: 'document', document }));
    const groups = new Map<string, WorkspaceDocument[]>();
    // The funnel's order, as prfaq status has it.
    const rank = (document: WorkspaceDocument) => stageRank(stageNamed(document.summary.stage ?? ''));
    for (const document of [...all].sort((a, b) => rank(a) - rank(b))) {
      const label = document.summary.stage ? document.summary.stageLabel! : noStage;
      groups.set(label, [...(groups.get(label) ?? []), document]);
    }
    return [...groups].map(([label, documents]) => ({ kind: 'stage', label, documents }));
  }

  private sorted(documents: WorkspaceDocument[]): WorkspaceDocument[] {
    const by: Record<FunnelSort, (a: WorkspaceDocument, b: WorkspaceDocument) => number> = {
      name: (a, b) => titleOf(a).localeCompare(titleOf(b)),
      // Most to fix first: errors, then warnings; files not checked yet last.
      readiness: (a, b) => Number(!a.checked) - Number(!b.checked) || b.summary.errors - a.summary.errors || b.summary.warnings - a.summary.warnings || titleOf(a).localeCompare(titleOf(b)),
      changed: (a, b) => b.modified - a.modified,
    };
    return [...documents].sort(by[this.sort]);
  }

  private texts(document: WorkspaceDocument): { label: string; description: string } {
    const { summary } = document;
    const stage = this.groupByStage || !summary.stageLabel ? [] : [summary.stageLabel];
    if (!document.checked) return { label: titleOf(document), description: [...stage, 'being checked…'].join(' · ') };
    const length = `PR ${summary.pressReleaseWords}/${summary.pressReleaseBudget} words · FAQ ${summary.faqPages.toFixed(1)}/5 pages`;
    return { label: titleOf(document), description: [...stage, counts(summary.errors, summary.warnings), length].join(' · ') };
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}

function titleOf(document: WorkspaceDocument): string {
  return document.summary.title ?? document.uri.path.split('/').pop()!.replace(/\.prfaq\.md$/i, '');
}

function counts(errors: number, warnings: number): string {
  if (errors + warnings === 0) return 'ready';
  const part = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  return [errors ? part(errors, 'error') : '', warnings ? part(warnings, 'warning') : ''].filter(Boolean).join(', ');
}

function tooltip(document: WorkspaceDocument): vscode.MarkdownString {
  const { summary } = document;
  const lines = [
    `**${titleOf(document)}**`,
    '',
    `- File: ${vscode.workspace.asRelativePath(document.uri)}`,
    ...(summary.author ? [`- Author: ${summary.author}`] : []),
    `- Stage: ${summary.stageLabel ?? 'none (add `stage:` to the front matter)'}`,
    ...(summary.status ? [`- Status: ${summary.status}`] : []),
    ...(document.checked
      ? [`- Findings: ${summary.errors} errors, ${summary.warnings} warnings`, `- Press release: ${summary.pressReleaseWords} of ${summary.pressReleaseBudget} words`, `- FAQs: ${summary.faqWords} words, about ${summary.faqPages.toFixed(1)} of 5 pages`]
      : ['- Findings and lengths: being checked']),
    `- Last changed: ${new Date(document.modified).toLocaleString()}`,
  ];
  return new vscode.MarkdownString(lines.join('\n'));
}
