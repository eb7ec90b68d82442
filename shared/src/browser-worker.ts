// The part of the browser's Worker the extension uses, for code that starts
// Web Workers (the web client, the browser language server). The project
// compiles without the DOM library, so the type is declared here once.

export interface BrowserWorker<Reply, Request = unknown> {
  onmessage: ((event: { data: Reply }) => void) | null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null;
  postMessage(message: Request): void;
  terminate(): void;
}

/** `new Worker(url, { name })`; throws where the host refuses the address. */
export function startBrowserWorker<Reply, Request = unknown>(url: string, name: string): BrowserWorker<Reply, Request> {
  const { Worker } = globalThis as unknown as { Worker: new (url: string, options: { name: string }) => BrowserWorker<Reply, Request> };
  return new Worker(url, { name });
}
