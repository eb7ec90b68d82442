// Every *.prfaq.md in the workspace, read through the workspace file system
// (local, remote or virtual) and summarised by the language server in
// batches; kept up to date by a file watcher. The PR/FAQs view and the
// checks of closed files both read from here.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { firstLookRequest, summarizeRequest, type FirstLookFields, type FirstLookParams, type SummarizedDocument, type SummarizeParams } from '../../../shared/src/protocol';
import { SummaryCache } from './summary-cache';

export interface WorkspaceDocument {
  uri: vscode.Uri;
  summary: SummarizedDocument['summary'];
  diagnostics: SummarizedDocument['diagnostics'];
  /** When the file last changed (milliseconds since 1970). */
  modified: number;
  /**
   * False while only its first look is in (title, stage and author from the
   * front matter and first heading), before the server has checked it: no
   * findings or lengths yet.
   */
  checked: boolean;
}

/** Where the scan's results are kept between sessions, and what they depend on besides the files. */
export interface SummaryStorage {
  /** The extension's workspace storage folder; undefined without a workspace. */
  folder: vscode.Uri | undefined;
  /** The extension's version and the prfaq settings: when it changes, nothing stored is used. */
  key(): string;
}

/** After a change, the cache is written once things have been quiet this long. */
const saveDelayMs = 2_000;

/** Files per request: the server answers each batch in one go, and the view fills in as they arrive. */
const batchSize = 25;
/** Files read at a time for their first look; a multiple of batchSize, so each batch is in one chunk. */
const readChunkSize = 2 * batchSize;
/** Texts kept from the first look for the check, at most; a larger workspace has the rest read again when their turn comes. */
const keptTextLimit = 64 * 1024 * 1024;
const pattern = '**/*.prfaq.md';
const excluded = '**/{node_modules,.git}/**';

interface StatedFile {
  uri: vscode.Uri;
  stat: vscode.FileStat;
}

interface ReadFile {
  uri: vscode.Uri;
  text: string;
  modified: number;
  size: number;
}

/** A file read for its first look, with its text for the check unless keptTextLimit was reached. */
interface ListedFile extends StatedFile {
  read?: ReadFile;
}

/** A first look's counts: nothing found or measured yet. */
const unchecked = { pressReleaseWords: 0, pressReleaseBudget: 0, faqWords: 0, faqBudget: 0, faqPages: 0, errors: 0, warnings: 0, recognised: false };

export class WorkspaceDocuments implements vscode.Disposable {
  private readonly byUri = new Map<string, WorkspaceDocument>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  /** Fires after each batch of files is summarised, and after a change is picked up, with the files that changed or went. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private scanning: Promise<void> | undefined;
  private generation = 0;
  private readonly cache: SummaryCache;
  private cacheLoaded: Promise<void> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly storage?: SummaryStorage,
  ) {
    this.cache = new SummaryCache(storage?.key() ?? '');
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.refresh([uri])),
      watcher.onDidChange((uri) => void this.refresh([uri])),
      watcher.onDidDelete((uri) => {
        this.cache.delete(uri.toString());
        if (this.byUri.delete(uri.toString())) this.changed.fire([uri]);
        this.saveSoon();
      }),
      // Saving an open file also changes it on disk; the watcher sees that. Closing it needs its disk state again.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.languageId === 'prfaq' && document.uri.scheme !== 'untitled') void this.refresh([document.uri]);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()),
      // New settings change the findings: every file is checked again (after the language client has told the server).
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('prfaq') && !event.affectsConfiguration('prfaq.workspace') && !event.affectsConfiguration('prfaq.trace')) setTimeout(() => void this.scan(), 0);
      }),
      { dispose: () => clearTimeout(this.saveTimer) },
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
      await this.loadCache();
      if (this.storage) this.cache.rekey(this.storage.key());
      const found = await vscode.workspace.findFiles(pattern, excluded);
      if (generation !== this.generation) return;
      const keep = new Set(found.map((uri) => uri.toString()));
      const gone = [...this.byUri.values()].filter((document) => !keep.has(document.uri.toString())).map((document) => document.uri);
      for (const uri of gone) this.byUri.delete(uri.toString());
      if (gone.length > 0) this.changed.fire(gone);
      this.cache.keepOnly(keep);
      await this.refresh(found, () => generation === this.generation);
    })();
    return this.scanning;
  }

  /** The scan in progress (or the last one), for callers that need the whole workspace. */
  whenScanned(): Promise<void> {
    return this.scanning ?? this.scan();
  }

  private async refresh(uris: vscode.Uri[], current: () => boolean = () => true): Promise<void> {
    // Files as they were when last checked are taken from the cache, all at once.
    const stats = await Promise.all(uris.map((uri) => this.stat(uri)));
    if (!current()) return;
    const fromCache: vscode.Uri[] = [];
    const toCheck: StatedFile[] = [];
    for (const [index, uri] of uris.entries()) {
      const stat = stats[index];
      const cached = stat && !this.isEdited(uri) ? this.cache.lookup(uri.toString(), stat.mtime, stat.size) : undefined;
      if (cached) {
        this.byUri.set(uri.toString(), { uri, summary: cached.summary, diagnostics: cached.diagnostics, modified: cached.modified, checked: true });
        fromCache.push(uri);
      } else if (stat) toCheck.push({ uri, stat });
    }
    if (fromCache.length > 0) this.changed.fire(fromCache);
    await this.check(toCheck, current);
    this.saveSoon();
  }

  /**
   * Reads and checks files already stat'ed: the cache keeps each result under
   * the time and size seen then (a file changed since is simply checked again
   * next time). Every file is listed from its first look as soon as it is
   * read, long before the server has checked them all.
   */
  private async check(files: StatedFile[], current: () => boolean): Promise<void> {
    const chunks = this.readAndList(files, current);
    let previous: Promise<boolean> = Promise.resolve(true);
    for (let start = 0; start < files.length; start += batchSize) {
      const chunk = chunks[Math.floor(start / readChunkSize)]!;
      const offset = start % readChunkSize;
      const read = (await chunk).slice(offset, offset + batchSize);
      if (!current()) return;
      // A text not kept (a very large workspace) is read again now.
      const batch = (await Promise.all(read.map((file) => file && (file.read ?? this.read(file.uri, file.stat))))).filter((file) => file !== undefined);
      const sent = batch.length > 0 ? this.summarize(batch, current) : Promise.resolve(true);
      // At most two batches in flight: the next is read and sent while the server checks this one, so its workers never wait.
      if (!(await previous)) return;
      previous = sent;
    }
    await previous;
  }

  /** Reads the files a chunk at a time, listing each new one from its first look; resolves per chunk with the texts (undefined where a file could not be read). */
  private readAndList(files: StatedFile[], current: () => boolean): Array<Promise<Array<ListedFile | undefined>>> {
    let kept = 0;
    const chunks: Array<Promise<Array<ListedFile | undefined>>> = [];
    let previous: Promise<unknown> = Promise.resolve();
    for (let start = 0; start < files.length; start += readChunkSize) {
      const slice = files.slice(start, start + readChunkSize);
      const chunk = previous.then(async () => {
        const read = await Promise.all(slice.map((file) => (current() ? this.read(file.uri, file.stat) : undefined)));
        const looks = await this.firstLooks(read.filter((file): file is ReadFile => file !== undefined && !this.byUri.has(file.uri.toString())));
        const listed: vscode.Uri[] = [];
        const result = read.map((file, index) => {
          if (!file) return undefined;
          if (!this.byUri.has(file.uri.toString())) {
            this.byUri.set(file.uri.toString(), { uri: file.uri, summary: { ...looks.get(file.uri.toString()), ...unchecked }, diagnostics: [], modified: file.modified, checked: false });
            listed.push(file.uri);
          }
          kept += file.text.length;
          return { ...slice[index]!, ...(kept <= keptTextLimit ? { read: file } : {}) };
        });
        if (listed.length > 0 && current()) this.changed.fire(listed);
        return result;
      });
      chunks.push(chunk);
      previous = chunk;
    }
    return chunks;
  }

  /** The server's first look at files not listed yet: title and front-matter fields, by URI; none while the server restarts (the check fills them in). */
  private async firstLooks(files: ReadFile[]): Promise<Map<string, FirstLookFields>> {
    if (files.length === 0) return new Map();
    try {
      const looks = await this.client.sendRequest<FirstLookFields[]>(firstLookRequest, { documents: files.map(({ uri, text }) => ({ uri: uri.toString(), text })) } satisfies FirstLookParams);
      return new Map(files.map((file, index) => [file.uri.toString(), looks[index] ?? {}]));
    } catch {
      return new Map();
    }
  }

  /** Sends one batch and takes in the answers; false when the server could not answer (it is restarting: the next change or scan fills this in). */
  private async summarize(batch: ReadFile[], current: () => boolean): Promise<boolean> {
    let answered: SummarizedDocument[];
    try {
      answered = await this.client.sendRequest<SummarizedDocument[]>(summarizeRequest, { documents: batch.map(({ uri, text }) => ({ uri: uri.toString(), text })) } satisfies SummarizeParams);
    } catch {
      return false;
    }
    if (!current()) return false;
    for (const [index, { summary, diagnostics }] of answered.entries()) {
      const { uri, modified, size } = batch[index]!;
      this.byUri.set(uri.toString(), { uri, summary, diagnostics, modified, checked: true });
      // What an editor shows with unsaved changes is not what is on disk: not kept.
      if (!this.isEdited(uri)) this.cache.put(uri.toString(), { modified, size, summary, diagnostics });
    }
    this.changed.fire(batch.map(({ uri }) => uri));
    return true;
  }

  private async read(uri: vscode.Uri, stat: vscode.FileStat): Promise<ReadFile | undefined> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return { uri, text: new TextDecoder().decode(bytes), modified: stat.mtime, size: stat.size };
    } catch {
      this.forgetUnreadable(uri);
      return undefined;
    }
  }

  private async stat(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
    try {
      return await vscode.workspace.fs.stat(uri);
    } catch {
      this.forgetUnreadable(uri);
      return undefined;
    }
  }

  /** Deleted or unreadable since it was found: dropped. */
  private forgetUnreadable(uri: vscode.Uri): void {
    this.byUri.delete(uri.toString());
    this.cache.delete(uri.toString());
  }

  private isEdited(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((document) => document.isDirty && document.uri.toString() === uri.toString());
  }

  private get cacheFile(): vscode.Uri | undefined {
    return this.storage?.folder && vscode.Uri.joinPath(this.storage.folder, 'funnel-cache.json');
  }

  private loadCache(): Promise<void> {
    this.cacheLoaded ??= (async () => {
      const file = this.cacheFile;
      if (!file) return;
      try {
        this.cache.load(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))));
      } catch {
        // None yet, or not readable: the scan checks every file.
      }
    })();
    return this.cacheLoaded;
  }

  private saveSoon(): void {
    const file = this.cacheFile;
    if (!file) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(file), saveDelayMs);
  }

  /** Writes the cache now, if anything changed (also for tests and the benchmark, which cannot wait for a quiet moment). */
  async save(file = this.cacheFile): Promise<void> {
    const text = file && this.cache.takeChanges();
    if (!file || text === undefined) return;
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    } catch {
      // The cache only saves time; without it the next session checks every file.
    }
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
