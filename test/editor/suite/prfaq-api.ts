// The extension's API as the tests use it, and waiting on the preview's renders.
import * as vscode from 'vscode';
import type { PrfaqApi } from '../../../client/src/extension';
import type { RenderResult } from '../../../shared/src/protocol';

export async function api(): Promise<PrfaqApi> {
  const extension = vscode.extensions.getExtension<PrfaqApi>('prfaq.prfaq')!;
  return extension.activate();
}

/** The next render of the current (or next created) preview that `accept` takes. */
export function nextRender(prfaq: PrfaqApi, accept: (result: RenderResult) => boolean, what: string, limitMs = 20_000): Promise<RenderResult> {
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const timer = setTimeout(() => {
      subscriptions.forEach((s) => s.dispose());
      reject(new Error(`Timed out after ${limitMs} ms waiting for ${what}`));
    }, limitMs);
    const listen = (panel: NonNullable<PrfaqApi['previews']['current']>) =>
      subscriptions.push(
        panel.onDidRender((result) => {
          if (!accept(result)) return;
          clearTimeout(timer);
          subscriptions.forEach((s) => s.dispose());
          resolve(result);
        }),
      );
    if (prfaq.previews.current) listen(prfaq.previews.current);
    subscriptions.push(prfaq.previews.onDidCreatePreview(listen));
  });
}
