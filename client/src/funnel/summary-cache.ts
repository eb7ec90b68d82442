// What the workspace scan learnt about each closed PR/FAQ, kept between
// sessions in the extension's workspace storage: a file whose modification
// time and size are as they were is not read or checked again, so reopening
// a workspace of 500 PR/FAQs fills the view from here. Everything is thrown
// away when the extension's version or the prfaq settings change, since both
// change the findings. No vscode import: the logic is unit-tested on its own.
import type { SummarizedDocument } from '../../../shared/src/protocol';

export interface CachedFile {
  modified: number;
  size: number;
  summary: SummarizedDocument['summary'];
  diagnostics: SummarizedDocument['diagnostics'];
}

interface StoredCache {
  format: typeof format;
  /** The extension's version and the settings the findings were made under. */
  key: string;
  files: Record<string, CachedFile>;
}

const format = 1;

export class SummaryCache {
  private files: Record<string, CachedFile> = {};
  private changed = false;

  constructor(private key: string) {}

  /** Takes what an earlier session stored, when it was made under the same key; anything else (another version, a damaged file) is ignored. */
  load(stored: unknown): void {
    const cache = stored as Partial<StoredCache> | null;
    if (cache?.format === format && cache.key === this.key && typeof cache.files === 'object' && cache.files !== null) this.files = cache.files;
  }

  /** A new key (the settings changed) makes everything known so far stale. */
  rekey(key: string): void {
    if (key === this.key) return;
    this.key = key;
    this.files = {};
    this.changed = true;
  }

  lookup(uri: string, modified: number, size: number): CachedFile | undefined {
    const file = this.files[uri];
    return file && file.modified === modified && file.size === size ? file : undefined;
  }

  put(uri: string, file: CachedFile): void {
    this.files[uri] = file;
    this.changed = true;
  }

  delete(uri: string): void {
    if (!(uri in this.files)) return;
    delete this.files[uri];
    this.changed = true;
  }

  /** Drops files the last scan did not find. */
  keepOnly(uris: ReadonlySet<string>): void {
    for (const uri of Object.keys(this.files)) if (!uris.has(uri)) this.delete(uri);
  }

  /** The text to store, or undefined when nothing changed since the last time it was taken. */
  takeChanges(): string | undefined {
    if (!this.changed) return undefined;
    this.changed = false;
    return JSON.stringify({ format, key: this.key, files: this.files } satisfies StoredCache);
  }
}
