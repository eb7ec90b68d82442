// Parse workers as Web Workers running dist/web/parse-worker.js, for the
// language server when it runs in the browser (vscode.dev, github.dev).
import type { ParseReply } from './parse-job';
import type { StartParseWorker } from './worker-host';

/** The part of the browser's Worker this uses (the project compiles without the DOM library). */
interface BrowserWorker {
  onmessage: ((event: { data: ParseReply }) => void) | null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
declare const Worker: new (url: string) => BrowserWorker;

export function webParseWorker(url: string): StartParseWorker {
  return (events) => {
    const worker = new Worker(url);
    worker.onmessage = (event) => events.message(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      events.error(event.message || 'the parse worker failed');
    };
    return {
      post: (request) => worker.postMessage(request),
      terminate: () => worker.terminate(),
    };
  };
}
