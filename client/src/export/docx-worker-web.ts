// Web Worker entry (dist/web/export-docx.js): writes the Word document in the
// browser (vscode.dev, github.dev), started by the web client only when
// someone exports, so the docx library never loads otherwise.
import { exportDocx, type DocxSettings } from './docx';

/** What the client posts, and what it hears back: the file's bytes or why there are none. */
export interface DocxJob {
  text: string;
  settings: DocxSettings;
}
export type DocxReply = { bytes: Uint8Array } | { error: string };

declare const self: {
  onmessage: ((event: { data: DocxJob }) => void) | null;
  postMessage(message: DocxReply, transfer?: unknown[]): void;
};

self.onmessage = (event) => {
  exportDocx(event.data.text, event.data.settings).then(
    (bytes) => self.postMessage({ bytes }, [bytes.buffer]),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
