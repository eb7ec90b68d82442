// What the host that starts the language server (Node, or a browser's Web
// Worker) gives it, and what a client may pass at initialize.
import type { RawSettings } from '../../core/src/index';
import type { StartWorker } from './workers/worker-host';
import type { WorkspaceFiles } from './workspace/workspace-files';

/** What a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  ruleDocsBase?: unknown;
  settings?: RawSettings;
  parseTimeoutMs?: unknown;
  /** The browser client: where dist/web/parse-worker.js is (a worker started from a blob cannot find it itself). */
  parseWorkerUrl?: unknown;
  /** The VS Code client takes pushed diagnostics and checks closed files itself, though it could pull. */
  pushDiagnostics?: unknown;
}

export interface ServerHost {
  /**
   * Starts parse workers (a thread in Node, a Web Worker in the browser); without
   * one every document is parsed in place. Given the client's options, because in
   * the browser only the client knows where the worker's script is.
   */
  parseWorker?(options: InitializationOptions | undefined): StartWorker | undefined;
  /** Where the rule pages live, until the client says otherwise. */
  ruleDocsBase: string;
  /** Cores the host has: closed files are checked in up to two workers where there are two cores. */
  parallelism?: number;
  /** Reads the workspace's PR/FAQs for workspace diagnostics; the browser has none. */
  workspaceFiles?: WorkspaceFiles;
}
