// Server memory: resident set size with 1 and with 100 typical (5 KB) open
// documents, each opened and analysed, then read after a short idle.
import { generatePrfaq } from './corpus';
import { startLspSession } from './lsp-client';

export interface MemoryResult {
  documents: number;
  rssBytes: number;
  peakRssBytes: number;
}

const typicalBytes = 5 * 1024;
const idleMs = 1000;

export async function benchmarkMemory(serverScript: string): Promise<MemoryResult[]> {
  const session = await startLspSession(serverScript);
  const results: MemoryResult[] = [];
  let opened = 0;
  for (const target of [1, 100]) {
    const pending: Array<Promise<unknown>> = [];
    for (; opened < target; opened++) pending.push(session.open(`file:///bench/memory-${opened}.prfaq.md`, generatePrfaq(typicalBytes, 100 + opened)));
    await Promise.all(pending);
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const { current, peak } = session.rss();
    results.push({ documents: target, rssBytes: current, peakRssBytes: peak });
  }
  await session.stop();
  return results;
}
