// Every *.prfaq.md in the workspace, read through the workspace file system
// (local, remote or virtual) and summarised by the language server in
// batches; kept up to date by a file watcher. The PR/FAQs view and the
// checks of closed files both read from here.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { summarizeRequest, type SummarizedDocument, type SummarizeParams } from '../../../shared/src/protocol';

export interface WorkspaceDocument {
  uri: vscode.Uri;
  summary: SummarizedDocument['summary'];
  diagnostics: SummarizedDocument['diagnostics'];
  /** When the file last changed (milliseconds since 1970). */
  modified: number;
}

/** Files per request: the server answers each batch in one go, and the view fills in as they arrive. */
const batchSize = 25;
const pattern = '**/*.prfaq.md';
const excluded = '**/{node_modules,.git}/**';

export class WorkspaceDocuments implements vscode.Disposable {
  private readonly byUri = new Map<string, WorkspaceDocument>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after each batch of files is summarised, and after a change is picked up. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private scanning: Promise<void> | undefined;
  private generation = 0;

  constructor(private readonly client: BaseLanguageClient) {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.refresh([uri])),
      watcher.onDidChange((uri) => void this.refresh([uri])),
      watcher.onDidDelete((uri) => {
        if (this.byUri.delete(uri.toString())) this.changed.fire();
      }),
      // Saving an open file also changes it on disk; the watcher sees that. Closing it needs its disk state again.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.languageId === 'prfaq' && document.uri.scheme !== 'untitled') void this.refresh([document.uri]);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()),
    );
  }

  get all(): WorkspaceDocument[] {
    return [...this.byUri.values()];
  }

  get(uri: vscode.Uri): WorkspaceDocument | undefined {
    return this.byUri.get(uri.toString());
  }

  /** Finds and summarises every PR/FAQ in the workspace; resolves when all are in. */
  scan(): Promise<void> {
    const generation = ++this.generation;
    this.scanning = (async () => {
      const found = await vscode.workspace.findFiles(pattern, excluded);
      if (generation !== this.generation) return;
      const keep = new Set(found.map((uri) => uri.toString()));
      for (const uri of [...this.byUri.keys()]) if (!keep.has(uri)) this.byUri.delete(uri);
      await this.refresh(found, () => generation === this.generation);
    })();
    return this.scanning;
  }

  /** The scan in progress (or the last one), for callers that need the whole workspace. */
  whenScanned(): Promise<void> {
    return this.scanning ?? this.scan();
  }

  private async refresh(uris: vscode.Uri[], current: () => boolean = () => true): Promise<void> {
    for (let start = 0; start < uris.length; start += batchSize) {
      const batch = (await Promise.all(uris.slice(start, start + batchSize).map((uri) => this.read(uri)))).filter((file) => file !== undefined);
      if (!current()) return;
      if (batch.length === 0) continue;
      let answered: SummarizedDocument[];
      try {
        answered = await this.client.sendRequest<SummarizedDocument[]>(summarizeRequest, { documents: batch.map(({ uri, text }) => ({ uri: uri.toString(), text })) } satisfies SummarizeParams);
      } catch {
        return; // The server is restarting; the next change or scan fills this in.
      }
      for (const [index, { summary, diagnostics }] of answered.entries()) {
        const { uri, modified } = batch[index]!;
        this.byUri.set(uri.toString(), { uri, summary, diagnostics, modified });
      }
      this.changed.fire();
    }
  }

  private async read(uri: vscode.Uri): Promise<{ uri: vscode.Uri; text: string; modified: number } | undefined> {
    try {
      const [stat, bytes] = await Promise.all([vscode.workspace.fs.stat(uri), vscode.workspace.fs.readFile(uri)]);
      return { uri, text: new TextDecoder().decode(bytes), modified: stat.mtime };
    } catch {
      // Deleted or unreadable since it was found: drop it.
      this.byUri.delete(uri.toString());
      return undefined;
    }
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
