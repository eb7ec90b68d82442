// Messages between the extension and the preview webview (both directions).
import type { Readiness } from '../../../shared/src/protocol';

export type ToWebview =
  | { type: 'update'; html: string; readiness: Readiness; showReadiness: boolean; line?: number }
  | { type: 'scrollTo'; line: number }
  | { type: 'error'; message: string };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'revealLine'; line: number }
  | { type: 'openLine'; line: number };

/** What the webview keeps across reloads, for the serializer. */
export interface PreviewState {
  uri: string;
  line?: number;
}
