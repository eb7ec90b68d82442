// prfaq's own requests (shared/src/protocol.ts): the preview page, the review
// counts, and for files the client read, a first look and a check.
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { documentTitle, firstLook, readinessOf, renderFragment, renderStandalone } from '../../../core/src/index';
import {
  firstLookRequest,
  readinessRequest,
  renderRequest,
  summarizeRequest,
  type FirstLookFields,
  type FirstLookParams,
  type Readiness,
  type ReadinessParams,
  type RenderParams,
  type RenderResult,
  type SummarizedDocument,
  type SummarizeParams,
} from '../../../shared/src/protocol';
import { giveWay, type ServerState } from '../state';

/** Checked in place, a batch gives way this often so the writer's keystrokes are not kept waiting. */
const sliceMs = 8;

export function handlePrfaqRequests(connection: Connection, state: () => ServerState): void {
  connection.onRequest(readinessRequest, async (params: ReadinessParams, token): Promise<Readiness | null> => {
    const found = await state().analysisFor(params.uri, token);
    return found ? readinessOf(found.analysis.parsed.model, found.analysis.findings, found.config) : null;
  });

  connection.onRequest(renderRequest, async (params: RenderParams, token): Promise<RenderResult | null> => {
    const found = await state().analysisFor(params.uri, token);
    if (!found) return null;
    const { document, config, analysis } = found;
    const { parsed, findings } = analysis;
    // A skipped document shows why, in place of the page.
    const notice = analysis.skipped ? findings[0]?.message : undefined;
    const options = { allowRemoteImages: params.allowRemoteImages === true, ...(notice ? { notice } : {}) };
    const standalone = params.standalone === true;
    // A large document's page is rendered in a worker: a 1.5 MB document takes seconds, and other requests must not wait.
    const inWorker = analysis.skipped ? undefined : await state().analyses.renderInWorker(document, config, { standalone, options });
    return {
      uri: document.uri,
      version: analysis.version,
      title: documentTitle(parsed),
      html: inWorker ?? (standalone ? renderStandalone(parsed, options) : renderFragment(parsed, options)),
      readiness: readinessOf(parsed.model, findings, config),
    };
  });

  // Front matter and the first heading only, no parse: a batch of 50 files takes a few milliseconds.
  connection.onRequest(firstLookRequest, (params: FirstLookParams): FirstLookFields[] => params.documents.map(({ text }) => firstLook(text)));

  connection.onRequest(summarizeRequest, async (params: SummarizeParams, token: CancellationToken): Promise<SummarizedDocument[]> => {
    const server = state();
    const configs = await Promise.all(params.documents.map(({ uri }) => server.configFor(uri)));
    const answer = async ({ uri, text }: SummarizeParams['documents'][number], index: number): Promise<SummarizedDocument> => {
      const config = configs[index]!;
      // An open document is answered as the editor has it, from its check.
      const open = server.documents.get(uri);
      const { findings, summary } = open ? await server.analyses.analysis(open, config) : await server.analyses.checkOnce(uri, text, config);
      return { uri, summary, diagnostics: server.diagnosticsOf(findings, uri) };
    };
    // Checked in workers, the whole batch is handed out at once, across them.
    if (server.analyses.checksInWorkers) return Promise.all(params.documents.map(answer));
    // Checked here, one at a time, giving way every few milliseconds.
    const answered: SummarizedDocument[] = [];
    let sliceStarted = Date.now();
    for (const [index, document] of params.documents.entries()) {
      if (token.isCancellationRequested) break;
      answered.push(await answer(document, index));
      if (Date.now() - sliceStarted > sliceMs) {
        await giveWay();
        sliceStarted = Date.now();
      }
    }
    return answered;
  });
}
