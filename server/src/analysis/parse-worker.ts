// Worker thread entry (dist/parse-worker.js): parses documents off the server's
// main thread, so a slow document never stops it answering the editor.
import { parentPort } from 'node:worker_threads';
import { parseDocument } from '../model/build';
import { failureSkip } from './limits';
import type { ParseReply, ParseRequest } from './parse-queue';

parentPort?.on('message', ({ id, text, sections }: ParseRequest) => {
  let reply: ParseReply;
  try {
    const { tree, model } = parseDocument(text, { sections });
    reply = { id, tree, model };
  } catch (error) {
    reply = { id, skipped: failureSkip(error) };
  }
  parentPort?.postMessage(reply);
});
